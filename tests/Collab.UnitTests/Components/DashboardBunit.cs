using System.Collections.Concurrent;
using Bunit;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Audit;
using Collab.Dashboard.Live;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Collab.Tests.Components;

/// <summary>A bUnit context for whole pages: fixed figures stand in for the cluster, and the test sends the change notices.</summary>
public sealed class DashboardBunit : IDisposable
{
    private int reads;

    /// <param name="versions">Which period a page finds fixed; none when left out.</param>
    public DashboardBunit(CollaborationFigures figures, IPeriodVersionReader? versions = null)
    {
        Figures = figures;
        Context = ChartsBunit.Create();
        Context.Services.AddFluentUIComponents();
        // Real time to start from (pages count 'today'), but it moves only when the test says so.
        Clock.SetLocalTimeZone(TimeZoneInfo.Local);
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddSingleton<ICollaborationReader>(new Reader(this));
        Context.Services.AddSingleton<IChangeFeed>(Feed);
        Context.Services.AddSingleton<IPeriodVersionReader>(versions ?? new NoFixedVersions());
        Context.Services.AddTransient<FixedPeriod>();
        Context.Services.AddSingleton<IAuditPages>(new NoAuditLines());
        // Pages hold parts for some roles only (AuthorizeView); the test's visitor is signed out.
        Context.AddAuthorization();
        // As in the live circuit: interactive server rendering, so pages subscribe to the feed.
        Context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    public BunitContext Context { get; }

    public CollaborationFigures Figures { get; set; }

    public TestFeed Feed { get; } = new();

    public CountingClock Clock { get; } = new();

    /// <summary>How often a page read the figures.</summary>
    public int Reads => Volatile.Read(ref reads);

    public void Dispose() => Context.Dispose();

    private sealed class NoAuditLines : IAuditPages
    {
        public Task<AuditPage> ReadAsync(AuditFilter filter, AuditCursor cursor, int take) => Task.FromResult(AuditPage.Empty);
    }

    private sealed class NoFixedVersions : IPeriodVersionReader
    {
        public Task<FixedView?> Binding(Period period) => Task.FromResult<FixedView?>(null);
    }

    private sealed class Reader(DashboardBunit owner) : ICollaborationReader
    {
        public Task<CollaborationFigures> Read()
        {
            Interlocked.Increment(ref owner.reads);
            return Task.FromResult(owner.Figures);
        }
    }

    /// <summary>Lets a test publish a notice to every page that subscribed, and see how many still listen.</summary>
    public sealed class TestFeed : IChangeFeed
    {
        private readonly ConcurrentDictionary<Guid, Func<ChangeNotice, Task>> subscribers = new();

        public int Subscribers => subscribers.Count;

        public bool IsCurrent { get; set; } = true;

        public IDisposable Subscribe(Func<ChangeNotice, Task> onChange)
        {
            var id = Guid.NewGuid();
            subscribers[id] = onChange;
            return new Handle(() => subscribers.TryRemove(id, out _));
        }

        public Task Publish(ChangeNotice notice) => Task.WhenAll(subscribers.Values.Select(s => s(notice)));

        private sealed class Handle(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
