using Collab.Dashboard.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Collab.Dashboard.Links;

/// <summary>
/// A live page whose view lives in its address: every choice navigates (a new history entry, so back and forward work)
/// and the page shows what the address says, so a copied link opens the same view.
/// </summary>
public abstract class LinkedViewBase : LiveComponentBase
{
    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)] public string? PeriodQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.FromKey)] public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.ToKey)] public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.MeasureKey)] public string? MeasureQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.KindKey)] public string? KindQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.MinistryKey)] public string? MinistryQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.SortKey)] public string? SortQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.DirectionKey)] public string? DirectionQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.GiverKey)] public string? GiverQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.ReceiverKey)] public string? ReceiverQuery { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.FiguresKey)] public string? FiguresQuery { get; set; }
    [SupplyParameterFromQuery(Name = ViewQuery.PageKey)] public string? PageQuery { get; set; }

    /// <summary>The view the address asks for, after unknown or broken parts fell back to the defaults.</summary>
    protected ViewState View { get; private set; } = null!;

    /// <summary>Which parts of a view this page keeps.</summary>
    protected abstract ViewSpec Spec { get; }

    /// <summary>This view's query string (without '?'), for downloads and links to other pages.</summary>
    protected string ViewQueryString(params (string Key, string Value)[] extra) => ViewQuery.ToQueryString(View, Today, extra);

    protected override async Task OnInitializedAsync()
    {
        View = ReadAddress();
        await OnViewReadAsync();
        await base.OnInitializedAsync();
    }

    // The address's view shows at once with what the page has; what the view loads besides follows when it arrives.
    protected override async Task OnParametersSetAsync()
    {
        View = ReadAddress();
        var loading = OnViewReadAsync();
        Recompute();
        await loading;
        Recompute();
    }

    /// <summary>Loads what the view needs besides the live figures, such as the fixed version of its period.</summary>
    protected virtual Task OnViewReadAsync() => Task.CompletedTask;

    /// <summary>Switches between a fixed period's version and its live figures through the address, so links and downloads keep the choice.</summary>
    protected void ToggleLiveFigures() => Show(View with { LiveFigures = !View.LiveFigures });

    /// <summary>Shows <paramref name="next"/> by going to its address; the page follows when the address arrives.</summary>
    protected void Show(ViewState next)
    {
        var path = Navigation.Uri.Split('?', '#')[0];
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(path, ViewQuery.ToQuery(next with { Ignored = [] }, Today)), new NavigationOptions { ReplaceHistoryEntry = false });
    }

    private ViewState ReadAddress()
    {
        // Every parameter of the address counts, also those no property takes: an unknown one is named in the notice.
        var query = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in new[]
                 {
                     (ViewQuery.PeriodKey, PeriodQuery), (ViewQuery.FromKey, FromQuery), (ViewQuery.ToKey, ToQuery), (ViewQuery.MeasureKey, MeasureQuery),
                     (ViewQuery.KindKey, KindQuery), (ViewQuery.MinistryKey, MinistryQuery), (ViewQuery.SortKey, SortQuery), (ViewQuery.DirectionKey, DirectionQuery),
                     (ViewQuery.GiverKey, GiverQuery), (ViewQuery.ReceiverKey, ReceiverQuery), (ViewQuery.FiguresKey, FiguresQuery), (ViewQuery.PageKey, PageQuery),
                 })
        {
            query[key] = value;
        }

        return ViewQuery.Parse(query, Today, Spec);
    }
}
