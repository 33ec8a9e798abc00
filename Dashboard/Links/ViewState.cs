using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Live;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Links;

/// <summary>What a page shows besides its figures; <see cref="ViewQuery"/> writes it to and reads it from the address.</summary>
/// <param name="Measure">Per DIV FTE or absolute (comparison), contacts or person-days (exchange); null: the page's default.</param>
/// <param name="Sort">The column sorted on; null: the page's default. <see cref="Descending"/> likewise.</param>
/// <param name="Giver">With <see cref="Receiver"/>: the exchange matrix's chosen cell, as member ids (or "outside").</param>
/// <param name="LiveFigures">True: the live figures of a fixed period ("toon actuele cijfers"); otherwise its fixed version when there is one.</param>
/// <param name="Page">The comparison's page of rows (1 first); null: the first.</param>
/// <param name="Ignored">Parameters of the address that were unknown or broken and fell back to the default.</param>
public sealed record ViewState(
    PeriodChoice Period,
    ViewMeasure? Measure = null,
    MemberKind? Kind = null,
    string? Ministry = null,
    ComparisonColumn? Sort = null,
    bool? Descending = null,
    string? Giver = null,
    string? Receiver = null,
    bool LiveFigures = false,
    int? Page = null)
{
    public ImmutableArray<string> Ignored { get; init; } = [];

    public static ViewState Default(DateOnly today) => new(PeriodChoice.Default(today));

    public Period ToPeriod(DateOnly today) => Period.ToPeriod(today);

    /// <summary>The comparison's choices, the same for the page, its downloads and its links.</summary>
    public ComparisonOptions Comparison(DateOnly today)
    {
        var sort = Sort ?? ComparisonColumn.ActivitiesPerFte;
        return new ComparisonOptions(ToPeriod(today), Measure != ViewMeasure.Absolute, Kind, Ministry, sort, Descending ?? sort != ComparisonColumn.Member);
    }

    public bool PersonDays => Measure == ViewMeasure.PersonDays;
}

/// <summary>The measures a page can show; each page accepts only its own.</summary>
public enum ViewMeasure
{
    PerFte,
    Absolute,
    Contacts,
    PersonDays,
}

/// <summary>Which parts of the view a page keeps in its address: anything else in a link is ignored with a notice.</summary>
public sealed record ViewSpec(ImmutableArray<ViewMeasure> Measures, bool Filters = false, bool Sort = false, bool Cell = false, bool Paged = false)
{
    public static readonly ViewSpec PeriodOnly = new([]);
    public static readonly ViewSpec Comparison = new([ViewMeasure.PerFte, ViewMeasure.Absolute], Filters: true, Sort: true, Paged: true);
    public static readonly ViewSpec Exchange = new([ViewMeasure.Contacts, ViewMeasure.PersonDays], Cell: true);
}
