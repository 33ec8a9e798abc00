using Collab.Contracts.Members;

namespace Collab.Tests.Support;

public static class SampleMembers
{
    public static MemberProfile Ministry(string id, decimal fte = 40m) => new(
        id, $"Ministerie {id.ToUpperInvariant()}", $"Ministry {id.ToUpperInvariant()}", id.ToUpperInvariant(),
        MemberKind.Ministry, null, fte, new DateOnly(2016, 11, 1));

    public static MemberProfile Ocw() => Ministry("ocw", 42.5m);

    public static MemberProfile Duo(string id = "duo") => new(
        id, "Dienst Uitvoering Onderwijs", "Education Executive Agency", "DUO",
        MemberKind.ExecutingAgency, "ocw", 14.5m, new DateOnly(2019, 3, 1));
}
