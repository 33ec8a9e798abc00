using Collab.Contracts.Members;

namespace Collab.Tests.Support;

public static class SampleMembers
{
    public static MemberProfile Duo(string id = "duo") => new(
        id, "Dienst Uitvoering Onderwijs", "Education Executive Agency", "DUO",
        MemberKind.ExecutingAgency, "ocw", 14.5m, new DateOnly(2019, 3, 1));
}
