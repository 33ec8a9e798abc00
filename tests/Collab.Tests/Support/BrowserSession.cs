using Collab.Dashboard;
using Collab.Dashboard.Api;
using Microsoft.Playwright;

namespace Collab.Tests.Support;

/// <summary>A fresh browser context on the dashboard that refuses and records every request leaving loopback.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> nonLoopback = [];
    private readonly List<string> policyViolations = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>What the browser refused under the page's Content-Security-Policy.</summary>
    public IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (policyViolations)
            {
                return [.. policyViolations];
            }
        }
    }

    public IReadOnlyList<string> NonLoopbackRequests
    {
        get
        {
            lock (nonLoopback)
            {
                return [.. nonLoopback];
            }
        }
    }

    /// <summary>Opens a session signed in as the collaboration manager, unless another role (or null: anonymous) is asked for.</summary>
    public static async Task<BrowserSession> OpenAsync(
        IBrowser browser, Uri baseUrl, string? culture = null, string? role = ApiRoles.CollaborationManager, string? member = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        if (culture is not null)
        {
            await context.AddCookiesAsync([new Cookie
            {
                Name = ".AspNetCore.Culture",
                Value = $"c={culture}|uic={culture}",
                Url = baseUrl.GetLeftPart(UriPartial.Authority),
            }]);
        }

        var session = new BrowserSession(context, await context.NewPageAsync());
        // The network is cut for the page: anything not on loopback is refused and remembered.
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLoopback(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }

            lock (session.nonLoopback)
            {
                session.nonLoopback.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        session.Watch(session.Page);
        if (role is not null)
        {
            await session.SignInAsync(role, member);
        }

        return session;
    }

    /// <summary>Another tab in the same signed-in context, watched like the first: checks can run side by side.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Context.NewPageAsync();
        Watch(page);
        return page;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (policyViolations)
                {
                    policyViolations.Add(message.Text);
                }
            }
        };
        page.WebSocket += (_, ws) =>
        {
            if (!IsLoopback(ws.Url))
            {
                lock (nonLoopback)
                {
                    nonLoopback.Add(ws.Url);
                }
            }
        };
    }

    /// <summary>Signs in through the Development sign-in page, as a person would.</summary>
    public async Task SignInAsync(string role, string? member = null)
    {
        await Page.GotoAsync(DashboardUrls.SignInRoute);
        await WaitForInteractive();
        await Page.Locator($"input[name=role][value={role}]").CheckAsync();
        if (member is not null)
        {
            await Page.Locator("[data-testid=sign-in-member]").SelectOptionAsync(member);
        }

        await Page.Locator("[data-testid=sign-in-form] [type=submit]").ClickAsync();
        await Page.Locator("[data-testid=signed-in-as]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
    }

    /// <summary>Waits until the Blazor circuit is up, so clicks reach server-side handlers.</summary>
    public Task WaitForInteractive() =>
        Page.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>Waits until the live view has read its first snapshot in the circuit.</summary>
    public Task WaitForFigures() =>
        Page.Locator("[data-testid=updated-at]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    public static bool IsLoopback(string url) =>
        url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost"));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
