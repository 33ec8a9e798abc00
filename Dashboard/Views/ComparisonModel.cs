using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Views;

public enum ComparisonColumn
{
    Member,
    DivFte,
    SupportSessions,
    PeopleHelped,
    KnowledgeContacts,
    DaysGiven,
    DaysReceived,
    ActivitiesPerFte,
    ShareOfInitiativesJoined,
}

/// <summary>What the comparison shows: which period, absolute or per DIV FTE, which members, in which order.</summary>
public sealed record ComparisonOptions(
    Period Period,
    bool PerFte = true,
    MemberKind? Kind = null,
    string? ParentMinistryId = null,
    ComparisonColumn SortBy = ComparisonColumn.ActivitiesPerFte,
    bool Descending = true);

/// <summary>One member's row: figures absolute or per DIV FTE, and whether it joined during the period.</summary>
public sealed record ComparisonRow(
    MemberProfile Member,
    decimal SupportSessions,
    decimal PeopleHelped,
    decimal KnowledgeContacts,
    decimal DaysGiven,
    decimal DaysReceived,
    decimal? ActivitiesPerFte,
    decimal? ShareOfInitiativesJoined,
    bool JoinedDuringPeriod)
{
    public decimal? Value(ComparisonColumn column) => column switch
    {
        ComparisonColumn.DivFte => Member.DivFte,
        ComparisonColumn.SupportSessions => SupportSessions,
        ComparisonColumn.PeopleHelped => PeopleHelped,
        ComparisonColumn.KnowledgeContacts => KnowledgeContacts,
        ComparisonColumn.DaysGiven => DaysGiven,
        ComparisonColumn.DaysReceived => DaysReceived,
        ComparisonColumn.ActivitiesPerFte => ActivitiesPerFte,
        ComparisonColumn.ShareOfInitiativesJoined => ShareOfInitiativesJoined,
        _ => null,
    };
}

/// <summary>The fair comparison of members: per DIV FTE by default, so a large ministry and a small agency can stand side by side.</summary>
public static class ComparisonModel
{
    // Every open comparison with the same choices shares one build per version of the figures: the work is per version, not per viewer.
    private static readonly ConditionalWeakTable<CollaborationFigures, ConcurrentDictionary<(ComparisonOptions, string), Lazy<ImmutableArray<ComparisonRow>>>> Built = new();

    /// <summary>Every row, filtered and sorted as <paramref name="options"/> ask.</summary>
    public static ImmutableArray<ComparisonRow> Build(CollaborationFigures figures, ComparisonOptions options) =>
        // Names sort in the viewer's culture, so the culture is part of the choice.
        Built.GetValue(figures, static _ => new()).GetOrAdd((options, CultureInfo.CurrentCulture.Name), _ => new Lazy<ImmutableArray<ComparisonRow>>(() => Compute(figures, options))).Value;

    /// <summary>The rows of one page (1 first, clamped to the pages there are) of the whole sorted comparison.</summary>
    public static ComparisonPage Page(CollaborationFigures figures, ComparisonOptions options, int page, int size = ComparisonPage.Size)
    {
        var rows = Build(figures, options);
        var pages = Math.Max(1, (rows.Length + size - 1) / size);
        var number = Math.Clamp(page, 1, pages);
        return new ComparisonPage(rows.Skip((number - 1) * size).Take(size).ToImmutableArray(), number, pages, rows.Length);
    }

    private static ImmutableArray<ComparisonRow> Compute(CollaborationFigures figures, ComparisonOptions options)
    {
        var matrix = IndicatorCalculator.Matrix(figures, options.Period);
        var rows = figures.Members.Values
            .Select(m => m.Profile.NamedAsOn(options.Period.To.LastDay))
            .Where(p => options.Kind is null || p.Kind == options.Kind)
            .Where(p => options.ParentMinistryId is null || p.Id == options.ParentMinistryId || p.ParentMinistryId == options.ParentMinistryId)
            .Select(p => Row(figures, p, options, matrix))
            .ToList();
        var ordered = (options.SortBy == ComparisonColumn.Member
            ? rows.OrderBy(r => r.Member.Abbreviation, StringComparer.CurrentCultureIgnoreCase)
            : rows.OrderBy(r => r.Value(options.SortBy) ?? decimal.MinValue).ThenBy(r => r.Member.Abbreviation, StringComparer.Ordinal))
            // The id breaks every tie, so an order never depends on how the members happen to be stored and pages never overlap.
            .ThenBy(r => r.Member.Id, StringComparer.Ordinal);
        return [.. options.Descending ? ordered.Reverse() : ordered];
    }

    private static ComparisonRow Row(CollaborationFigures figures, MemberProfile member, ComparisonOptions options, ExchangeMatrix matrix)
    {
        var s = IndicatorCalculator.ForMember(figures, member.Id, options.Period, matrix);
        decimal Scale(decimal value) => !options.PerFte ? value : member.DivFte > 0 ? Math.Round(value / member.DivFte, 2, MidpointRounding.AwayFromZero) : 0;
        return new ComparisonRow(
            member,
            Scale(s.SupportSessions),
            Scale(s.PeopleHelped),
            Scale(s.KnowledgeContacts),
            Scale(s.DaysGiven),
            Scale(s.DaysReceived),
            s.ActivitiesPerFte,
            s.ShareOfInitiativesJoined,
            member.JoinedOn >= options.Period.From.FirstDay && member.JoinedOn <= options.Period.To.LastDay);
    }
}
