using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Tests.Domain;

/// <summary>
/// Indicator arithmetic on a small collaboration; every expected value is worked out by hand from this table.
/// <code>
/// Members: ocw 10 FTE, ezk 5 FTE, duo 2.5 FTE.
/// Support sessions   date        people  min  leaflets  grade     topics            initiative
///   s5 ocw           2023-12-05     2     30      1     10        Other             popup
///   s1 ocw           2024-01-15     8     90     10      8        Dms, IBabs        popup
///   s2 ocw           2024-01-20     6     45      5      6        Dms               popup
///   s3 ocw           2024-02-10     4     60      0     ungraded  Privacy (twice)   popup
///   s4 ocw           2024-04-03    10    120     20      9        Openness          -
///   e1 ezk           2024-02-12     5     60      3      7        IBabs             popup
/// Knowledge contacts date        giver → receiver                days  initiative
///   k1               2024-01-10  ocw → ezk                       2     uitwisseling
///   k2               2024-01-25  ocw → ezk                       1.5   uitwisseling
///   k3               2024-02-05  ocw → Gemeente Utrecht          0.5   uitwisseling
///   k4               2024-04-08  ocw → duo                       1     -
///   k5               2024-01-18  ezk → ocw                       3     uitwisseling
///   k6               2024-02-20  ezk → Nationaal Archief         2     uitwisseling
///   k7               2024-02-21  ezk → " nationaal archief "     1     uitwisseling
///   k8               2024-03-04  duo → ocw                       0.5   -
/// Initiatives: popup (support, ocw+ezk, from 2023-09), uitwisseling (exchange, ocw+ezk, 2024),
///   training-2023 (ocw, 2023-01..2023-06), archiefinkoop (procurement, ocw+ezk+duo, from 2024, equal shares),
///   dms-licenties (procurement, ocw+ezk, from 2024-06, stated shares ocw 2 : ezk 1).
/// archiefinkoop steps: 2024-01-15 orientation 300k alone / 240k joint; 2024-02-20 contracted 300k / 200k, 12k one-off;
///   2024-05-10 evaluated 300k / 200k, 12k one-off + 18k structural.
/// dms-licenties steps: 2024-06-10 tender 100k / 80k; 2024-09-01 contracted 100k / 80k, 4k one-off.
/// </code>
/// </summary>
internal static class IndicatorFixture
{
    internal static readonly SupportSession S5 = Session("s5", "2023-12-05", "ocw", 2, 30, 1, 10, "popup", SupportTopic.Other);
    internal static readonly SupportSession S1 = Session("s1", "2024-01-15", "ocw", 8, 90, 10, 8, "popup", SupportTopic.Dms, SupportTopic.IBabs);
    internal static readonly SupportSession S2 = Session("s2", "2024-01-20", "ocw", 6, 45, 5, 6, "popup", SupportTopic.Dms);
    internal static readonly SupportSession S3 = Session("s3", "2024-02-10", "ocw", 4, 60, 0, null, "popup", SupportTopic.Privacy, SupportTopic.Privacy);
    internal static readonly SupportSession S4 = Session("s4", "2024-04-03", "ocw", 10, 120, 20, 9, null, SupportTopic.Openness);
    internal static readonly SupportSession E1 = Session("e1", "2024-02-12", "ezk", 5, 60, 3, 7, "popup", SupportTopic.IBabs);

    internal static readonly KnowledgeContact K1 = Contact("k1", "2024-01-10", "ocw", "ezk", null, 2m, "uitwisseling");
    internal static readonly KnowledgeContact K2 = Contact("k2", "2024-01-25", "ocw", "ezk", null, 1.5m, "uitwisseling");
    internal static readonly KnowledgeContact K3 = Contact("k3", "2024-02-05", "ocw", null, "Gemeente Utrecht", 0.5m, "uitwisseling");
    internal static readonly KnowledgeContact K4 = Contact("k4", "2024-04-08", "ocw", "duo", null, 1m, null);
    internal static readonly KnowledgeContact K5 = Contact("k5", "2024-01-18", "ezk", "ocw", null, 3m, "uitwisseling");
    internal static readonly KnowledgeContact K6 = Contact("k6", "2024-02-20", "ezk", null, "Nationaal Archief", 2m, "uitwisseling");
    internal static readonly KnowledgeContact K7 = Contact("k7", "2024-02-21", "ezk", null, " nationaal archief ", 1m, "uitwisseling");
    internal static readonly KnowledgeContact K8 = Contact("k8", "2024-03-04", "duo", "ocw", null, 0.5m, null);

    internal static readonly ProcurementTrajectory Archiefinkoop = ProcurementTrajectory.New
        .With(Step("2024-05-10", ProcurementPhase.Evaluated, 300_000, 200_000, 12_000, 18_000))
        .With(Step("2024-01-15", ProcurementPhase.Orientation, 300_000, 240_000, 0, 0))
        .With(Step("2024-02-20", ProcurementPhase.Contracted, 300_000, 200_000, 12_000, 0));

    internal static readonly ProcurementTrajectory DmsLicenties = ProcurementTrajectory.New
        .With(Step("2024-06-10", ProcurementPhase.Tender, 100_000, 80_000, 0, 0))
        .With(Step("2024-09-01", ProcurementPhase.Contracted, 100_000, 80_000, 4_000, 0));

    internal static readonly CollaborationFigures Data = new(
        new Dictionary<string, MemberFigures>
        {
            ["ocw"] = Member("ocw", 10m, S5, S1, S2, S3, S4, K1, K2, K3, K4),
            ["ezk"] = Member("ezk", 5m, E1, K5, K6, K7),
            ["duo"] = Member("duo", 2.5m, K8),
        }.ToImmutableDictionary(),
        new Dictionary<string, InitiativeFigures>
        {
            ["popup"] = Initiative("popup", InitiativeKind.SupportProgramme, ["ocw", "ezk"], "2023-09-01", null, null,
                ProcurementTrajectory.New, S5, S1, S2, S3, E1),
            ["uitwisseling"] = Initiative("uitwisseling", InitiativeKind.KnowledgeExchange, ["ocw", "ezk"], "2024-01-01", "2024-12-31", null,
                ProcurementTrajectory.New, K1, K2, K3, K5, K6, K7),
            ["training-2023"] = Initiative("training-2023", InitiativeKind.Training, ["ocw"], "2023-01-01", "2023-06-30", null,
                ProcurementTrajectory.New),
            ["archiefinkoop"] = Initiative("archiefinkoop", InitiativeKind.JointProcurement, ["ocw", "ezk", "duo"], "2024-01-01", null, null,
                Archiefinkoop),
            ["dms-licenties"] = Initiative("dms-licenties", InitiativeKind.JointProcurement, ["ocw", "ezk"], "2024-06-01", null,
                ImmutableDictionary<string, decimal>.Empty.Add("ocw", 2m).Add("ezk", 1m), DmsLicenties),
        }.ToImmutableDictionary(),
        1);

    internal static readonly Period Q1 = Period.Quarter(2024, 1);

    internal static SupportSession Session(
        string id, string date, string provider, int people, int minutes, int leaflets, int? grade, string? initiative,
        params SupportTopic[] topics) =>
        new(id, Day(date), provider, provider, initiative, SupportFormat.PopUpStore, [.. topics], people, minutes, leaflets, grade);

    internal static KnowledgeContact Contact(
        string id, string date, string from, string? to, string? outside, decimal days, string? initiative) =>
        new(id, Day(date), from, to, outside, ContactKind.StaffExchange, days, "Woo", initiative);

    internal static TrajectoryStep Step(string date, ProcurementPhase phase, decimal alone, decimal joint, decimal oneOff, decimal structural) =>
        new(Day(date), phase, alone, joint, oneOff, structural);

    internal static ImmutableDictionary<YearMonth, MonthFigures> Fold(IEnumerable<IActivity> activities) =>
        activities.GroupBy(a => YearMonth.Of(a.Date)).ToImmutableDictionary(
            g => g.Key,
            g => g.Aggregate(MonthFigures.Empty, (month, a) => a switch
            {
                SupportSession s => month.Add(s),
                KnowledgeContact c => month.Add(c),
                _ => month,
            }));

    internal static MemberProfile Profile(string id, decimal fte) =>
        new(id, id.ToUpperInvariant(), id.ToUpperInvariant(), id.ToUpperInvariant(), MemberKind.Ministry, null, fte, Day("2016-11-01"));

    internal static MemberFigures Member(string id, decimal fte, params IActivity[] activities) =>
        MemberFigures.New(Profile(id, fte)) with { Sequence = activities.Length, Months = Fold(activities) };

    internal static InitiativeFigures Initiative(
        string id, InitiativeKind kind, ImmutableArray<string> participants, string start, string? end,
        ImmutableDictionary<string, decimal>? shares, ProcurementTrajectory trajectory, params IActivity[] activities) =>
        new(new InitiativeProfile(id, id, id, kind, participants[0], participants, Day(start), end is null ? null : Day(end),
            ImmutableDictionary<Indicator, decimal>.Empty, shares), trajectory, Fold(activities));

    internal static (SupportTopic, int)[] Mix(IndicatorSnapshot s) => [.. s.TopicMix.OrderBy(t => t.Key).Select(t => (t.Key, t.Value))];

    internal static Period Months(string from, string to) => new(Month(from), Month(to));

    internal static YearMonth Month(string value) => YearMonth.Of(Day(value + "-01"));

    internal static DateOnly Day(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
