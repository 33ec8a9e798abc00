using System.Collections.Immutable;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views.Report;

/// <summary>
/// Writes the report's plain-language summary from the report model by explicit rules, in this order: the headline figures,
/// the biggest rise and fall against the previous period, targets at risk or behind (with forecast against target), the
/// comparison's most and least active member, new and leaving members, and months far from the period's average.
/// </summary>
public static class SummaryRules
{
    /// <summary>At most this many target sentences; more targets at risk are pointed to in the targets table.</summary>
    public const int MaxTargetSentences = 3;

    /// <summary>A month above this multiple of the period's monthly average, or below its inverse, is unusual.</summary>
    public const decimal UnusualFactor = 2m;

    /// <summary>Unusual months are looked for in periods of at least this many months (an average of one or two says little).</summary>
    public const int UnusualMinMonths = 3;

    public static ImmutableArray<SummarySentence> Write(ReportModel model) =>
        [.. Headline(model), .. Movers(model), .. Targets(model), .. Comparison(model), .. Members(model), .. UnusualMonths(model)];

    public static IEnumerable<SummarySentence> Headline(ReportModel model)
    {
        if (!model.HasData)
        {
            yield return new("NoData", [new PeriodArg(model.Period)]);
            yield break;
        }

        var sessions = model.Figure(Indicator.SupportSessions)!;
        var people = model.Figure(Indicator.PeopleHelped)!;
        var days = model.Figure(Indicator.ExchangeDays)!;
        yield return new("Headline", [new PeriodArg(model.Period), FigureArg.Of(sessions.Indicator, sessions.Value), FigureArg.Of(people.Indicator, people.Value), FigureArg.Of(days.Indicator, days.Value)]);
    }

    /// <summary>The key figure that rose most and the one that fell most against the previous period (a figure without a previous value has no change).</summary>
    public static IEnumerable<SummarySentence> Movers(ReportModel model)
    {
        var changed = model.KeyFigures.Where(k => k.ChangeOnPrevious is { } c && c != 0).ToList();
        if (changed.Where(k => k.ChangeOnPrevious > 0).OrderByDescending(k => k.ChangeOnPrevious).FirstOrDefault() is { } up)
        {
            yield return Mover("MoverUp", model, up);
        }

        if (changed.Where(k => k.ChangeOnPrevious < 0).OrderBy(k => k.ChangeOnPrevious).FirstOrDefault() is { } down)
        {
            yield return Mover("MoverDown", model, down);
        }
    }

    /// <summary>Targets behind first, then at risk, least progress first; a target without a status (no forecast yet) is not judged.</summary>
    public static IEnumerable<SummarySentence> Targets(ReportModel model)
    {
        var judged = model.Targets.Where(t => t.Outlook.Status is not null).ToList();
        var troubled = judged.Where(t => t.Outlook.Status != TargetStatus.OnTrack)
            .OrderBy(t => t.Outlook.Status == TargetStatus.Behind ? 0 : 1).ThenBy(t => t.Outlook.Progress).ThenBy(t => t.InitiativeId, StringComparer.Ordinal).ToList();
        if (judged.Count > 0 && troubled.Count == 0)
        {
            yield return new("TargetsOnTrack", []);
        }

        foreach (var t in troubled.Take(MaxTargetSentences))
        {
            var o = t.Outlook;
            var title = new NameArg(t.TitleNl, t.TitleEn);
            var word = new WordArg($"Word_{o.Indicator}");
            yield return o.Stage == TargetStage.Ended
                ? new("TargetMissed", [title, word, FigureArg.Of(o.Indicator, o.Realised), FigureArg.Of(o.Indicator, o.Target), new DateArg(o.End!.Value)])
                : new(o.Status == TargetStatus.Behind ? "TargetBehind" : "TargetAtRisk",
                    [title, word, FigureArg.Of(o.Indicator, o.Forecast!.Value), new DateArg(o.End!.Value), FigureArg.Of(o.Indicator, o.Target)]);
        }

        if (troubled.Count > MaxTargetSentences)
        {
            yield return new("TargetsMore", []);
        }
    }

    public static IEnumerable<SummarySentence> Comparison(ReportModel model)
    {
        var ranked = model.Comparison.Ranked;
        if (ranked.Length >= 2 && ranked[0].PerFte > ranked[^1].PerFte)
        {
            yield return new("ComparisonEnds", [new NameArg(ranked[0].Abbreviation, ranked[0].Abbreviation), new FigureArg(ranked[0].PerFte, FigureFormat.TwoDecimals),
                new NameArg(ranked[^1].Abbreviation, ranked[^1].Abbreviation), new FigureArg(ranked[^1].PerFte, FigureFormat.TwoDecimals)]);
        }
    }

    public static IEnumerable<SummarySentence> Members(ReportModel model)
    {
        if (model.Joined.Length > 0)
        {
            yield return new("Joined", [Names(model.Joined)]);
        }

        if (model.Left.Length > 0)
        {
            yield return new("Left", [Names(model.Left)]);
        }
    }

    /// <summary>Months of support sessions above twice, or below half, the period's monthly average (as the report shows it, to one decimal).</summary>
    public static IEnumerable<SummarySentence> UnusualMonths(ReportModel model)
    {
        var average = model.MonthlyAverage;
        if (model.Period.Months < UnusualMinMonths || average <= 0)
        {
            yield break;
        }

        foreach (var m in model.SessionsPerMonth)
        {
            if (m.Value > average * UnusualFactor || m.Value < average / UnusualFactor)
            {
                yield return new(m.Value > average ? "MonthHigh" : "MonthLow", [new MonthArg(m.Month), new FigureArg(m.Value, FigureFormat.Count), new FigureArg(average, FigureFormat.OneDecimal)]);
            }
        }
    }

    private static SummarySentence Mover(string key, ReportModel model, KeyFigure k) => new(key,
        [new PeriodArg(model.Previous), new WordArg($"Word_{k.Indicator}"), FigureArg.Of(k.Indicator, k.Previous), FigureArg.Of(k.Indicator, k.Value), new FigureArg(k.ChangeOnPrevious!.Value, FigureFormat.SignedPercent)]);

    private static NameArg Names(ImmutableArray<MembershipChange> members) => new(
        string.Join(", ", members.Select(m => $"{m.NameNl} ({m.Abbreviation})")),
        string.Join(", ", members.Select(m => $"{m.NameEn} ({m.Abbreviation})")));
}
