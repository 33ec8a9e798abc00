using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Collab.Benchmarks.Report;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Printing;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// The MT report's PDF for a quarter at scale: members with a year of registrations (two support sessions and one knowledge
/// contact a month each) and 500 initiatives with targets, as the collaboration view holds them. Measures what the PDF
/// endpoint does after reading that view (the scale benchmark times the read): build the model, write the summary, draw the PDF.
/// </summary>
public static class ReportBenchmark
{
    private const int Initiatives = 500;

    public static Task Run(ResultTable table, int members)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var figures = Figures(members, today);
        var quarter = YearMonth.Of(today).AddMonths(-3);
        var period = new Period(quarter, quarter.AddMonths(2));
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var shared = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var text = services.GetRequiredService<IStringLocalizer<ReportText>>();
        var dutch = new CultureInfo("nl-NL");
        ReportModel? model = null;
        byte[] pdf = [];

        // The texts follow the current UI culture, as in a request; the benchmark's own table stays invariant.
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = dutch;
        try
        {
            var build = Median(() => model = ReportBuilder.Build(figures, period, today));
            var draw = Median(() => pdf = ReportPdfWriter.Write(model!, SummaryRules.Write(model!), new ReportFormat(text, dutch), shared, today, "live"));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            table.Add(new Measurement("Report", string.Create(CultureInfo.InvariantCulture, $"{members:N0} members, {Initiatives} initiatives: MT report PDF for a quarter (model + PDF)"),
                string.Create(CultureInfo.InvariantCulture, $"{build + draw:N0} ms, {pdf.Length / 1024d:N0} KiB"), "–", "–", "≤ 5 s", build + draw <= 5000));
            table.Add(new Measurement("Report", "(diagnostic) of which the report model (all calculators)", string.Create(CultureInfo.InvariantCulture, $"{build:N0} ms"), "–", "–", "–", null));
            table.Note(string.Create(CultureInfo.InvariantCulture, $"Report {members:N0}: medians of 5 after one warm-up, in process, without the read of the collaboration view (the scale benchmark times that); {model!.Targets.Length:N0} targets, {pdf.Length:N0} bytes."));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }

        return Task.CompletedTask;
    }

    private static double Median(Action run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(2);
    }

    /// <summary>The collaboration view as the grains fold it: each member's months, and each initiative's months from its members' sessions.</summary>
    private static CollaborationFigures Figures(int members, DateOnly today)
    {
        var all = Enumerable.Range(0, members).Select(m =>
        {
            var id = Workload.MemberId(m);
            var figures = MemberFigures.New(Workload.Member(m));
            for (var month = 0; month < 12; month++)
            {
                var day = today.AddMonths(-month);
                figures = figures
                    .Add(new SupportSession($"{id}-s{month}a", day, id, Workload.MemberId((m + 1) % members), $"i{m % Initiatives:D4}", SupportFormat.PopUpStore, [SupportTopic.Dms], 3 + (m % 5), 60, 0, null))
                    .Add(new SupportSession($"{id}-s{month}b", day, id, Workload.MemberId((m + 2) % members), null, SupportFormat.Workshop, [SupportTopic.Openness], 2, 90, 0, 8))
                    .Add(new KnowledgeContact($"{id}-k{month}", day, id, Workload.MemberId((m + 3) % members), null, ContactKind.KnowledgeSession, 0.5m + (m % 4), "Archiefwet", null));
            }

            return figures;
        }).ToImmutableDictionary(f => f.Profile.Id);

        var initiatives = Enumerable.Range(0, Initiatives).Select(i =>
        {
            var lead = Workload.MemberId(i % members);
            var profile = new InitiativeProfile($"i{i:D4}", $"Initiatief {i}", $"Initiative {i}", InitiativeKind.SupportProgramme, lead, [lead],
                new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year + 1, 12, 31),
                ImmutableDictionary<Indicator, decimal>.Empty.Add(Indicator.SupportSessions, 40).Add(Indicator.PeopleHelped, 200));
            var months = all.Values.Select(m => m.ByInitiative.GetValueOrDefault(profile.Id)).OfType<ImmutableDictionary<YearMonth, MonthFigures>>()
                .SelectMany(d => d).GroupBy(kv => kv.Key).ToImmutableDictionary(g => g.Key, g => IndicatorCalculator.Sum(g.Select(kv => kv.Value)));
            return new InitiativeFigures(profile, ProcurementTrajectory.New, months);
        }).ToImmutableDictionary(i => i.Profile.Id);

        return new CollaborationFigures(all, initiatives, 1);
    }
}
