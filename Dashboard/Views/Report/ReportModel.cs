using System.Collections.Immutable;
using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Views.Report;

/// <summary>
/// Everything the MT report shows for one period, computed from one snapshot: the page, the print and the PDF all draw
/// this record, and the plain-language summary is written from it alone.
/// </summary>
/// <param name="AsOf">The reference date of every target: the period's last day, or today when that is earlier.</param>
/// <param name="HasData">False when nothing was registered in the period: the report says so instead of showing zeros.</param>
public sealed record ReportModel(
    Period Period,
    DateOnly AsOf,
    bool HasData,
    ImmutableArray<KeyFigure> KeyFigures,
    ImmutableArray<ReportTarget> Targets,
    ComparisonHighlights Comparison,
    ExchangeHighlights Exchange,
    ImmutableArray<TrajectoryLine> Trajectories,
    ImmutableArray<MembershipChange> Joined,
    ImmutableArray<MembershipChange> Left,
    ImmutableArray<MonthValue> SessionsPerMonth)
{
    /// <summary>The period just before, of the same length.</summary>
    public Period Previous => Period.Previous();

    /// <summary>The same months a year earlier.</summary>
    public Period YearBefore => new(Period.From.AddMonths(-12), Period.To.AddMonths(-12));

    /// <summary>Support sessions per month of the period on average, rounded to one decimal: the yardstick of an unusual month.</summary>
    public decimal MonthlyAverage => SessionsPerMonth.IsDefaultOrEmpty ? 0
        : Math.Round(SessionsPerMonth.Average(m => m.Value), 1, MidpointRounding.AwayFromZero);

    public KeyFigure? Figure(Contracts.Initiatives.Indicator indicator) => KeyFigures.FirstOrDefault(k => k.Indicator == indicator);
}
