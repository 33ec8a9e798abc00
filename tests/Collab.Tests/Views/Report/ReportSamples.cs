using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Collab.Tests.Views.Report;

/// <summary>A report model made by hand (Q2 2025), with a figure for every summary rule, and the report's texts in either language.</summary>
internal static class ReportSamples
{
    public static readonly CultureInfo Dutch = new("nl-NL");
    public static readonly CultureInfo English = new("en-GB");
    public static readonly DateOnly TermEnd = new(2025, 12, 31);

    public static ReportModel Q2() => new(
        Period.Quarter(2025, 2),
        new DateOnly(2025, 6, 30),
        HasData: true,
        [
            new(Indicator.SupportSessions, 30, 20, 24),
            new(Indicator.PeopleHelped, 240, 300, 200),
            new(Indicator.SupportHours, 45.5m, 40, 0),
            new(Indicator.KnowledgeContacts, 12, 12, 10),
            new(Indicator.ExchangeDays, 18.5m, 10, 9),
            new(Indicator.RealisedSavings, 0, 5000, 0),
        ],
        [
            Target("pop-up-stores", "Pop-up stores", "Pop-up stores", Indicator.SupportSessions, 200, 90, 170, TargetStatus.Behind),
            Target("uitwisseling", "Uitwisselingsprogramma", "Exchange programme", Indicator.ExchangeDays, 100, 60, 95, TargetStatus.AtRisk),
            Target("opleiding", "Opleiding", "Training", Indicator.KnowledgeContacts, 50, 30, 60, TargetStatus.OnTrack),
            new("nieuw", "Nieuw", "New", new TargetOutlook(Indicator.PeopleHelped, 400, new(2025, 6, 10), TermEnd, new(2025, 6, 30), TargetStage.TooEarly, 12, 7, null, null)),
        ],
        new ComparisonHighlights([Rank("duo", 2, 10, 5m), Rank("ocw", 40, 30, 0.75m), Rank("ezk", 20, 10, 0.5m), Rank("lnv", 25, 5, 0.2m), Rank("na", 10, 1, 0.1m)]),
        new ExchangeHighlights(12, 18.5m, 2, [new("OCW", "EZK", 5, 8.5m), new("EZK", null, 2, 4)]),
        [new("inkoop-dms", "Inkoop DMS", "DMS procurement", ProcurementPhase.Tender, 120000, 0, 0)],
        [new("rvo", "RVO", "Rijksdienst voor Ondernemend Nederland", "Netherlands Enterprise Agency", MemberKind.ExecutingAgency, new(2025, 5, 1))],
        [],
        [new(new YearMonth(2025, 4), 4), new(new YearMonth(2025, 5), 21), new(new YearMonth(2025, 6), 5)]);

    public static ReportTarget Target(string id, string nl, string en, Indicator indicator, decimal target, decimal realised, decimal forecast, TargetStatus status) =>
        new(id, nl, en, new TargetOutlook(indicator, target, new(2025, 1, 1), TermEnd, new(2025, 6, 30), TargetStage.Running, realised, target / 2, forecast, status));

    public static ComparisonRank Rank(string id, decimal fte, decimal activities, decimal perFte) => new(id, id.ToUpperInvariant(), fte, activities, perFte);

    /// <summary>The report's texts in <paramref name="culture"/>; the localizer reads the current UI culture, so it is set while <paramref name="use"/> runs.</summary>
    public static T In<T>(CultureInfo culture, Func<ReportFormat, T> use)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return use(new ReportFormat(services.GetRequiredService<IStringLocalizer<ReportText>>(), culture));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }

    public static ImmutableArray<string> Sentences(ReportModel model, CultureInfo culture) =>
        In(culture, f => SummaryRules.Write(model).Select(f.Sentence).ToImmutableArray());
}
