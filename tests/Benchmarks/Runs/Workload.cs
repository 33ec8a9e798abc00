using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;

namespace Collab.Benchmarks.Runs;

/// <summary>Members and registrations for a load run: realistic shapes, unique ids, dates spread over the last year.</summary>
public static class Workload
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static string MemberId(int i) => $"m{i:D5}";

    public static MemberProfile Member(int i) => new(
        MemberId(i), $"Organisatie {i}", $"Organisation {i}", $"O{i}", MemberKind.Ministry, null, 10m + i % 30, new DateOnly(2020, 1, 1));

    /// <summary>The <paramref name="n"/>-th support session of a run, provided by one of <paramref name="members"/> members.</summary>
    public static SupportSession Session(string run, long n, int members) => new(
        $"{run}-{n}", Today.AddDays(-(int)(n % 365)), MemberId((int)(n % members)), MemberId((int)((n + 1) % members)), null,
        SupportFormat.PopUpStore, [SupportTopic.Dms], 1 + (int)(n % 7), 30, 0, null);

    public static ImmutableArray<SupportSession> Sessions(string run, long from, int count, int members) =>
        [.. Enumerable.Range(0, count).Select(i => Session(run, from + i, members))];
}
