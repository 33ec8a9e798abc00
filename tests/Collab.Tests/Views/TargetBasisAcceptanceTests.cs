using System.Collections.Immutable;
using System.Globalization;
using Bunit;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard;
using Collab.Dashboard.Components.Cluster;
using Collab.Dashboard.Components.Pages;
using Collab.Dashboard.Views;
using Collab.Tests.Components;
using Collab.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Views;

/// <summary>
/// Issue 11, acceptance 1: every overview card and every target's realised, expected, forecast and status, for five
/// periods, worked out here from the raw ledger entries, equal what the page model shows; the pages name the basis.
/// </summary>
public sealed class TargetBasisAcceptanceTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);
    private static readonly YearMonth Now = YearMonth.Of(Today);

    private static InitiativeProfile Initiative(string id, InitiativeKind kind, string lead, DateOnly start, DateOnly? end, params (Indicator, decimal)[] targets) =>
        new(id, id, id, kind, lead, [lead, lead == "ocw" ? "ezk" : "ocw"], start, end, targets.ToImmutableDictionary(t => t.Item1, t => t.Item2));

    private static readonly InitiativeProfile[] Initiatives =
    [
        // Running now, the middle of its term a few months back.
        Initiative("popup", InitiativeKind.SupportProgramme, "ocw", Now.AddMonths(-14).FirstDay, Now.AddMonths(9).LastDay, (Indicator.SupportSessions, 60), (Indicator.PeopleHelped, 400)),
        Initiative("uitwisseling", InitiativeKind.KnowledgeExchange, "ocw", Now.AddMonths(-20).FirstDay.AddDays(14), null, (Indicator.ExchangeDays, 40)),
        Initiative("inkoop", InitiativeKind.JointProcurement, "ezk", Now.AddMonths(-18).FirstDay, Now.AddMonths(-3).LastDay, (Indicator.RealisedSavings, 50_000)),
        Initiative("training", InitiativeKind.Training, "ocw", Now.AddMonths(2).FirstDay, Now.AddMonths(12).LastDay, (Indicator.SupportSessions, 10)),
    ];

    public static Period[] Periods =>
    [
        Period.Year(Today.Year - 3),                                  // before anything was registered
        new(Now.AddMonths(-8), Now.AddMonths(-6)),                    // the middle of popup's and inkoop's terms
        Period.Year(Today.Year - 1),
        new(Now.AddMonths(-2), Now.AddMonths(-2)),                    // just after inkoop's term
        new(Now.AddMonths(-11), Now),                                 // the current one: the last 12 months
    ];

    [Fact]
    public async Task Every_card_and_target_for_five_periods_equals_the_ledger_worked_out_by_hand_and_the_basis_is_named()
    {
        await Register();
        var ledger = await RawLedger.ReadAsync(fixture.Cluster.Store.GetDatabase());
        var figures = await Eventually.Until(
            () => fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0).GetFigures(),
            f => f.Members.Values.Sum(m => m.Months.Values.Sum(x => x.SupportSessions)) == ledger.Sessions.Count
                && f.Members.Values.Sum(m => m.Months.Values.Sum(x => x.Given.Values.Sum(t => t.Contacts))) == ledger.Contacts.Count
                && f.Initiatives.Values.Sum(i => i.Trajectory.Steps.Length) == ledger.Updates.Count,
            TimeSpan.FromSeconds(10));
        List<TargetStage> stages = [];

        foreach (var period in Periods)
        {
            var model = OverviewModel.Build(figures, period, Today, CultureInfo.GetCultureInfo("nl-NL"));

            Assert.Equal(ExpectedCards(ledger, period), model.Kpis.Select(k => (k.Indicator.ToString(), k.Value, k.Previous, k.Targets?.Realised, k.Targets?.Target)));
            Assert.Equal(ExpectedTargets(ledger, period), model.Initiatives.SelectMany(i => i.Targets.Select(t => Row(i.Profile.Id, t))).OrderBy(r => r.Id).ThenBy(r => r.Indicator));
            Assert.Equal(ledger.FirstDate <= period.To.LastDay, model.HasData);
            Assert.Equal(Enumerable.Range(0, period.Months).Select(i => ledger.Total("SupportSessions", period.From.AddMonths(i), period.From.AddMonths(i))),
                model.SessionsPerMonth.Select(p => p.Value));
            stages.AddRange(model.Initiatives.SelectMany(i => i.Targets.Select(t => t.Stage)));
            Xunit.TestContext.Current.TestOutputHelper?.WriteLine($"{period.From}..{period.To}: cards {string.Join(", ", model.Kpis.Select(c => $"{c.Indicator} {c.Value}/{c.Previous}/{c.Targets?.Realised}/{c.Targets?.Target}"))}");
            Xunit.TestContext.Current.TestOutputHelper?.WriteLine($"  targets {string.Join("; ", model.Initiatives.SelectMany(i => i.Targets.Select(t => $"{i.Profile.Id} {t.Indicator} {t.Stage} {t.Realised}/{t.Target} exp {t.Expected} fc {t.Forecast} {t.Status}")))}");
        }

        // The five periods reach every kind of target: not started, no end date, running with a forecast, ended.
        Assert.Superset(new HashSet<TargetStage> { TargetStage.NotStarted, TargetStage.NoEndDate, TargetStage.Running, TargetStage.Ended }, stages.ToHashSet());
        Assert.False(OverviewModel.Build(figures, Periods[0], Today, CultureInfo.InvariantCulture).HasData);

        // The pages say it in words: the overview's basis, card figure and card targets; an initiative before it started.
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(figures);
        // The cluster panel is not what this test is about; it reads the cluster's status on its own.
        test.Context.ComponentFactories.AddStub<ClusterStatusPanel>();
        var overview = test.Context.Render<Overview>();
        var asOf = Today.ToString("d", CultureInfo.GetCultureInfo("nl-NL"));

        Assert.Contains($"Voortgang = gerealiseerd in de looptijd van het initiatief t/m {asOf}", overview.Find("[data-testid=target-basis]").TextContent, StringComparison.Ordinal);
        var popup = Expected(ledger, Initiatives[0], Indicator.SupportSessions, Periods[^1]);
        var running = Initiatives.Where(i => i.Targets.ContainsKey(Indicator.SupportSessions) && i.Start <= Today).Sum(i => i.Targets[Indicator.SupportSessions]);
        Assert.Equal($"Doelen van lopende initiatieven (looptijd t/m {asOf}): {popup.Realised:N0} van {running:N0} ({popup.Realised / running:P0})",
            overview.Find("[data-testid=kpi-targets-SupportSessions]").TextContent);
        Assert.Equal($"{ledger.Total("SupportSessions", Periods[^1].From, Periods[^1].To):N0}", overview.Find("[data-testid=kpi-SupportSessions]").TextContent);
        Assert.NotEmpty(overview.FindAll("[data-testid=target-definitions]"));

        var navigation = test.Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(DashboardUrls.Initiative("popup", Periods[0]));
        var before = test.Context.Render<InitiativePage>(p => p.Add(x => x.Id, "popup"));
        Assert.Equal("Geen gegevens in deze periode: er was toen nog niets geregistreerd.", before.Find("[data-testid=no-data]").TextContent);
        Assert.Equal("looptijd begint " + Initiatives[0].Start.ToString("d", CultureInfo.CurrentCulture), before.Find("tr[data-indicator=SupportSessions] [data-testid=target-status]").TextContent.Trim());
    }

    private static (string, decimal, decimal, decimal?, decimal?)[] ExpectedCards(RawLedger ledger, Period period)
    {
        var running = Initiatives.Where(i => i.Start <= period.To.LastDay && (i.End is null || i.End >= period.From.FirstDay)).ToList();
        return [.. OverviewModel.KpiIndicators.Select(k =>
        {
            var targeted = running.Where(i => i.Targets.ContainsKey(k)).ToList();
            var previous = new Period(period.From.AddMonths(-period.Months), period.From.AddMonths(-1));
            return (k.ToString(), ledger.Total(k.ToString(), period.From, period.To), ledger.Total(k.ToString(), previous.From, previous.To),
                targeted.Count == 0 ? (decimal?)null : targeted.Sum(i => Expected(ledger, i, k, period).Realised),
                targeted.Count == 0 ? (decimal?)null : targeted.Sum(i => i.Targets[k]));
        })];
    }

    private static TargetRow[] ExpectedTargets(RawLedger ledger, Period period) =>
        [.. Initiatives.SelectMany(i => i.Targets.Keys.Select(k => Expected(ledger, i, k, period))).OrderBy(r => r.Id).ThenBy(r => r.Indicator)];

    private static TargetRow Row(string id, TargetOutlook t) => new(id, t.Indicator.ToString(), t.End, t.Stage, t.Realised, t.Expected, t.Forecast, t.Status);

    /// <summary>The stated rules, worked from the ledger: see Def_TargetProgress, Def_TargetExpected, Def_TargetForecast, Def_TargetStatus.</summary>
    private static TargetRow Expected(RawLedger ledger, InitiativeProfile i, Indicator indicator, Period period)
    {
        var k = indicator.ToString();
        var target = i.Targets[indicator];
        var asOf = period.To.LastDay < Today ? period.To.LastDay : Today;
        var first = YearMonth.Of(i.Start);
        if (asOf < i.Start)
        {
            return new(i.Id, k, i.End, i.End is null ? TargetStage.NoEndDate : TargetStage.NotStarted, 0, i.End is null ? null : 0, null, null);
        }

        var upTo = i.End is { } e && e < asOf ? e : asOf;
        var realised = ledger.Total(k, first, YearMonth.Of(upTo), i.Id);
        if (i.End is not { } end)
        {
            return new(i.Id, k, null, TargetStage.NoEndDate, realised, null, null, null);
        }

        var expected = Round2(target * (upTo.DayNumber - i.Start.DayNumber + 1) / (end.DayNumber - i.Start.DayNumber + 1));
        if (asOf >= end)
        {
            return new(i.Id, k, end, TargetStage.Ended, realised, expected, realised, Status(realised, target));
        }

        var lastWhole = asOf.AddDays(1).Day == 1 ? YearMonth.Of(asOf) : YearMonth.Of(asOf).AddMonths(-1);
        if (lastWhole < first)
        {
            return new(i.Id, k, end, TargetStage.TooEarly, realised, expected, null, null);
        }

        var windowStart = lastWhole.AddMonths(-2) < first ? first : lastWhole.AddMonths(-2);
        var perMonth = ledger.Total(k, windowStart, lastWhole, i.Id) / (lastWhole.Index - windowStart.Index + 1);
        var forecast = Round2(realised + (perMonth * (end.DayNumber - asOf.DayNumber) / 30.4375m));
        return new(i.Id, k, end, TargetStage.Running, realised, expected, forecast, Status(forecast, target));
    }

    private static TargetStatus Status(decimal forecast, decimal target) =>
        forecast >= target ? TargetStatus.OnTrack : forecast >= 0.9m * target ? TargetStatus.AtRisk : TargetStatus.Behind;

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private async Task Register()
    {
        var grains = fixture.Cluster.Client;
        foreach (var initiative in Initiatives)
        {
            Assert.Equal(RegistrationOutcome.Accepted, (await grains.GetGrain<IInitiativeGrain>(initiative.Id).SetProfile(initiative)).Outcome);
        }

        List<IActivity> activities = [];
        for (var m = 0; m <= 14; m++)
        {
            var month = Now.AddMonths(-14 + m);
            var day = m == 14 ? month.FirstDay : month.FirstDay.AddDays(4);
            for (var n = 0; n < (m % 4) + 2; n++)
            {
                var (provider, host) = n % 2 == 0 ? ("ocw", "ezk") : ("ezk", "ocw");
                activities.Add(SampleActivities.Session($"popup-{m}-{n}", provider, host, people: 3 + (m % 5), date: day, initiative: "popup"));
            }
        }

        for (var m = 24; m >= 3; m -= 3)
        {
            activities.Add(SampleActivities.Session($"los-{m}", "lnv", "ocw", people: 7, date: Now.AddMonths(-m).FirstDay.AddDays(9)));
        }

        for (var m = 20; m >= 1; m--)
        {
            activities.Add(SampleActivities.Contact($"uitw-{m}", "ocw", "lnv", days: 0.5m + (m % 3), date: Now.AddMonths(-m).FirstDay.AddDays(19)) with { InitiativeId = "uitwisseling" });
        }

        activities.Add(SampleActivities.Contact("buiten-12", "ezk", null, days: 1, date: Now.AddMonths(-12).FirstDay.AddDays(2)));
        activities.Add(SampleActivities.Contact("buiten-6", "ezk", null, days: 1, date: Now.AddMonths(-6).FirstDay.AddDays(2)));
        foreach (var group in activities.GroupBy(a => a.OwnerId))
        {
            var results = await grains.GetGrain<IMemberGrain>(group.Key).RegisterMany([.. group]);
            Assert.All(results, r => Assert.True(r.Outcome == RegistrationOutcome.Accepted, string.Join("; ", r.Errors)));
        }

        // The last amount comes in after inkoop's term: it counts for the period's figure, not for the target.
        (int Month, int Day, ProcurementPhase? Phase, decimal? OneOff, decimal? Structural)[] steps =
            [(-17, 10, ProcurementPhase.Orientation, null, null), (-12, 10, ProcurementPhase.Contracted, null, null), (-10, 1, null, 10_000, null), (-6, 1, null, null, 15_000), (-1, 1, null, 20_000, null)];
        foreach (var (month, day, phase, oneOff, structural) in steps)
        {
            var update = new ProcurementUpdate($"inkoop{month}", Now.AddMonths(month).FirstDay.AddDays(day - 1), "inkoop", "ezk", phase, 200_000, 150_000, oneOff, structural, []);
            var result = await grains.GetGrain<IInitiativeGrain>("inkoop").Register(update);
            Assert.True(result.Outcome == RegistrationOutcome.Accepted, string.Join("; ", result.Errors));
        }
    }

    private sealed record TargetRow(string Id, string Indicator, DateOnly? End, TargetStage Stage, decimal Realised, decimal? Expected, decimal? Forecast, TargetStatus? Status);
}
