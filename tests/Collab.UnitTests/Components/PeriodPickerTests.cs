using Bunit;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Periods;
using Collab.Dashboard.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Components;

/// <summary>The period picker shows the fields a kind of period needs and reports the choice made.</summary>
public sealed class PeriodPickerTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void Choosing_a_quarter_asks_for_year_and_quarter_and_reports_the_choice()
    {
        using var culture = new CultureScope("nl-NL");
        using var context = ChartsBunit.Create();
        context.Services.AddSingleton(TimeProvider.System);
        PeriodChoice? reported = null;
        var picker = context.Render<PeriodPicker>(p => p
            .Add(x => x.Value, PeriodChoice.Default(Today))
            .Add(x => x.ValueChanged, (PeriodChoice c) => reported = c));

        picker.Find("[data-testid=period-kind]").Change(nameof(PeriodKind.Quarter));

        Assert.Equal(PeriodKind.Quarter, reported!.Kind);
        picker.Render(p => p.Add(x => x.Value, reported with { Year = 2025, Number = 3 }));
        // Kind, year and quarter.
        Assert.Equal(3, picker.FindAll("select").Count);
        Assert.Contains("Q3", picker.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_range_offers_two_month_fields_that_report_the_month_typed()
    {
        using var culture = new CultureScope("en-GB");
        using var context = ChartsBunit.Create();
        context.Services.AddSingleton(TimeProvider.System);
        PeriodChoice? reported = null;
        var picker = context.Render<PeriodPicker>(p => p
            .Add(x => x.Value, PeriodChoice.Default(Today) with { Kind = PeriodKind.Custom })
            .Add(x => x.ValueChanged, (PeriodChoice c) => reported = c));

        var months = picker.FindAll("input[type=month]");
        months[0].Change("2024-02");

        Assert.Equal(2, months.Count);
        Assert.Equal(new YearMonth(2024, 2), reported!.From);
        Assert.Contains("Through", picker.Markup, StringComparison.Ordinal);
    }
}
