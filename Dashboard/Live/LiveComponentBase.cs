using System.Globalization;
using Collab.Contracts.Indicators;
using Microsoft.AspNetCore.Components;

namespace Collab.Dashboard.Live;

/// <summary>
/// A page or panel that shows the collaboration live: it reads the collaboration figures first, then follows the change feed,
/// showing a change at once and coalescing bursts to at most ten renders a second. While paused, changes are noted but not shown.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    // 100 ms like the Aspire dashboard's subscriptions: under steady load a change waits 50 ms on average for its render.
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);
    private IDisposable? subscription;
    private int refreshing;
    private int changed;

    [Inject]
    private ICollaborationReader Reader { get; set; } = null!;

    [Inject]
    private IChangeFeed Feed { get; set; } = null!;

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    protected CollaborationFigures? Figures { get; private set; }

    protected LiveState Live { get; private set; } = LiveState.Loading;

    private CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>The page's culture, taken when it opened: live updates arrive on threads that know nothing of it.</summary>
    protected CultureInfo Culture { get; private set; } = CultureInfo.CurrentCulture;

    protected DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>Recomputes what the page shows from the figures it has, after a choice on the page changed.</summary>
    protected void Recompute()
    {
        if (Figures is not null)
        {
            OnFiguresRead(Figures);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        Culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        // Subscribe before the first read: a change between the two is then never missed.
        if (RendererInfo.IsInteractive)
        {
            subscription = Feed.Subscribe(_ => RefreshSoon());
        }

        await Load();
    }

    /// <summary>Called after every successful read, before rendering.</summary>
    protected virtual void OnFiguresRead(CollaborationFigures figures)
    {
    }

    protected async Task TogglePause()
    {
        var resume = Live.Paused;
        Live = Live with { Paused = !Live.Paused, ChangesWhilePaused = false };
        if (resume)
        {
            await Load();
        }
    }

    private async Task RefreshSoon()
    {
        if (Live.Paused)
        {
            Live = Live with { ChangesWhilePaused = true };
            await InvokeAsync(() =>
            {
                UsePageCulture();
                StateHasChanged();
            });
            return;
        }

        // The first change renders at once; changes within the next 100 ms are shown together after it.
        Volatile.Write(ref changed, 1);
        if (Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return;
        }

        do
        {
            while (Interlocked.Exchange(ref changed, 0) == 1)
            {
                await InvokeAsync(async () =>
                {
                    UsePageCulture();
                    await Load();
                    StateHasChanged();
                });
                await Task.Delay(Coalesce, Time);
            }

            Volatile.Write(ref refreshing, 0);
        }
        while (Volatile.Read(ref changed) == 1 && Interlocked.Exchange(ref refreshing, 1) == 0);
    }

    // Numbers, dates and texts render in the page's language, also when a change from another thread triggers the render.
    private void UsePageCulture()
    {
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }

    private async Task Load()
    {
        try
        {
            var figures = await Reader.Read();
            // Never step back: figures of an older version than the ones shown are ignored.
            if (Figures is null || figures.Version >= Figures.Version)
            {
                Figures = figures;
                OnFiguresRead(figures);
            }

            Live = Live with { Loaded = true, Failed = !Feed.IsCurrent, UpdatedAt = Time.GetLocalNow() };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Live = Live with { Failed = true };
        }
    }

    public void Dispose()
    {
        subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Where a live view stands: loaded or not, current or not, paused or not.</summary>
public sealed record LiveState(bool Loaded, bool Failed, bool Paused, bool ChangesWhilePaused, DateTimeOffset? UpdatedAt)
{
    public static LiveState Loading { get; } = new(false, false, false, false, null);
}
