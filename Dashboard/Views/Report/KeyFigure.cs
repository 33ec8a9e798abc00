using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views.Report;

/// <summary>One key figure for the period, the period before and the same period a year earlier; changes as fractions (0.25 = +25 %).</summary>
public sealed record KeyFigure(Indicator Indicator, decimal Value, decimal Previous, decimal YearBefore)
{
    public decimal? ChangeOnPrevious => Change(Previous);

    public decimal? ChangeOnYearBefore => Change(YearBefore);

    // Rounded to whole percents, as the report shows them, so a sentence and the table cite the same number.
    private decimal? Change(decimal before) => before == 0 ? null : Math.Round((Value - before) / before, 2, MidpointRounding.AwayFromZero);
}
