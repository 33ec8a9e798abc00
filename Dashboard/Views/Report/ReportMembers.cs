using System.Collections.Immutable;
using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Views.Report;

/// <summary>The report's member parts: the comparison per DIV FTE, knowledge exchange, and who joined or left.</summary>
public static class ReportMembers
{
    /// <summary>Members of the period ranked by activities per DIV FTE (as the comparison page computes it), highest first.</summary>
    public static ComparisonHighlights Comparison(CollaborationFigures figures, Period period)
    {
        var rows = ComparisonModel.Build(figures, new ComparisonOptions(period, PerFte: false))
            .Where(r => r.ActivitiesPerFte is not null && r.Member.IsMemberDuring(period.From.FirstDay, period.To.LastDay))
            .Select(r => new ComparisonRank(r.Member.Id, r.Member.Abbreviation, r.Member.DivFte, r.SupportSessions + r.KnowledgeContacts, r.ActivitiesPerFte!.Value))
            .OrderByDescending(r => r.PerFte).ThenBy(r => r.Abbreviation, StringComparer.Ordinal);
        return new ComparisonHighlights([.. rows]);
    }

    public static ExchangeHighlights Exchange(CollaborationFigures figures, Period period)
    {
        var matrix = IndicatorCalculator.Matrix(figures, period);
        var names = figures.Members.Values.ToDictionary(m => m.Profile.Id, m => MemberLabel.Of(m.Profile, period.To.LastDay).Abbreviation);
        var pairs = matrix.Cells.SelectMany(g => g.Value.Select(r => (Giver: g.Key, Receiver: r.Key, Tally: r.Value)))
            .Where(p => p.Tally.Contacts > 0).ToList();
        var top = pairs.OrderByDescending(p => p.Tally.Days).ThenByDescending(p => p.Tally.Contacts).ThenBy(p => p.Giver, StringComparer.Ordinal).ThenBy(p => p.Receiver, StringComparer.Ordinal)
            .Take(3)
            .Select(p => new ExchangePair(names.GetValueOrDefault(p.Giver, p.Giver), p.Receiver == ExchangeMatrix.Outside ? null : names.GetValueOrDefault(p.Receiver, p.Receiver), p.Tally.Contacts, p.Tally.Days));
        return new ExchangeHighlights(
            pairs.Sum(p => p.Tally.Contacts), pairs.Sum(p => p.Tally.Days), pairs.Where(p => p.Receiver == ExchangeMatrix.Outside).Sum(p => p.Tally.Contacts), [.. top]);
    }

    public static ImmutableArray<MembershipChange> Joined(CollaborationFigures figures, Period period) =>
        [.. figures.Members.Values.Select(m => m.Profile).Where(p => period.Contains(YearMonth.Of(p.JoinedOn))).OrderBy(p => p.JoinedOn).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p.NamedAsOn(p.JoinedOn)).Select(p => new MembershipChange(p.Id, p.Abbreviation, p.NameNl, p.NameEn, p.Kind, p.JoinedOn))];

    public static ImmutableArray<MembershipChange> Left(CollaborationFigures figures, Period period) =>
        [.. figures.Members.Values.Select(m => m.Profile).Where(p => p.LeftOn is { } left && period.Contains(YearMonth.Of(left))).OrderBy(p => p.LeftOn).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p.NamedAsOn(p.LeftOn!.Value)).Select(p => new MembershipChange(p.Id, p.Abbreviation, p.NameNl, p.NameEn, p.Kind, p.LeftOn!.Value))];
}
