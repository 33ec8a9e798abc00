using System.Collections.Immutable;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Views.Report;

/// <summary>One target of one initiative, with its status and forecast as on the report's reference date.</summary>
public sealed record ReportTarget(string InitiativeId, string TitleNl, string TitleEn, TargetOutlook Outlook);

/// <summary>A member's place in the fair comparison: activities (support sessions and knowledge contacts) per DIV FTE.</summary>
public sealed record ComparisonRank(string MemberId, string Abbreviation, decimal DivFte, decimal Activities, decimal PerFte);

/// <summary>The comparison per DIV FTE: every member that was a member in the period, highest first, and its top and bottom three.</summary>
public sealed record ComparisonHighlights(ImmutableArray<ComparisonRank> Ranked)
{
    public const int Shown = 3;

    public ImmutableArray<ComparisonRank> Top => [.. Ranked.Take(Shown)];

    /// <summary>The lowest three, lowest last; empty when every member already stands in the top.</summary>
    public ImmutableArray<ComparisonRank> Bottom => Ranked.Length <= Shown ? [] : [.. Ranked.Skip(Math.Max(Shown, Ranked.Length - Shown))];
}

/// <summary>One giver → receiver pair of the exchange matrix (receiver null: outside the collaboration).</summary>
public sealed record ExchangePair(string GiverAbbreviation, string? ReceiverAbbreviation, int Contacts, decimal Days);

/// <summary>Knowledge exchange in the period: totals and the pairs that exchanged most days.</summary>
public sealed record ExchangeHighlights(int Contacts, decimal Days, int OutsideContacts, ImmutableArray<ExchangePair> TopPairs);

/// <summary>A joint procurement trajectory as on the reference date: phase, estimated savings, realised savings in the period and in all.</summary>
public sealed record TrajectoryLine(string InitiativeId, string TitleNl, string TitleEn, ProcurementPhase Phase, decimal EstimatedSavings, decimal RealisedInPeriod, decimal RealisedTotal);

/// <summary>A member that joined or left during the period, on that day.</summary>
public sealed record MembershipChange(string MemberId, string Abbreviation, string NameNl, string NameEn, MemberKind Kind, DateOnly On);

/// <summary>One month's value in a chart and its data table.</summary>
public sealed record MonthValue(Contracts.Indicators.YearMonth Month, decimal Value);
