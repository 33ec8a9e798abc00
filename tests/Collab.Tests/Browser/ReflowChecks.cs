using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>What the reflow matrix checks on one page at one width; each returns what is wrong, empty when all is well.</summary>
public static class ReflowChecks
{
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Resizes and waits until the layout has switched: the menu button on a phone, the navigation column on a wide screen.</summary>
    public static async Task ResizeAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, width < 768 ? 844 : 800);
        await page.WaitForFunctionAsync(
            "narrow => { const b = document.querySelector('.fluent-layout-hamburger fluent-button'); const shown = !!b && b.getBoundingClientRect().width > 0; return shown === narrow; }",
            width < 768, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    /// <summary>The page itself never scrolls sideways; wide tables scroll inside their own region.</summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - window.innerWidth");
        return overflow > 0 ? $"the page is {overflow} px wider than the screen" : null;
    }

    /// <summary>Menu (on a phone), sign-in or sign-out, and the language button: on screen, at least 24 × 24 px, and the topmost element at their centre.</summary>
    public static async Task<IReadOnlyList<string>> HeaderControlsAsync(IPage page, bool narrow, bool signedIn)
    {
        var selectors = new List<string>
        {
            signedIn ? ".account-box form [type=submit], .account-box form fluent-button" : "[data-testid=sign-in-link]",
            ".language-picker fluent-button",
        };
        if (narrow)
        {
            selectors.Add(".fluent-layout-hamburger fluent-button");
        }

        var problems = new List<string>();
        foreach (var selector in selectors)
        {
            var problem = await page.EvaluateAsync<string?>(
                """
                selector => {
                  const e = document.querySelector(selector);
                  if (!e) return `${selector}: missing`;
                  const r = e.getBoundingClientRect();
                  if (r.width < 24 || r.height < 24) return `${selector}: ${r.width}x${r.height} px, smaller than 24 px`;
                  if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return `${selector}: at ${r.left},${r.top}, outside the screen`;
                  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  return hit && (e.contains(hit) || hit.contains(e) || e.shadowRoot?.contains(hit)) ? null : `${selector}: covered by ${hit?.outerHTML.slice(0, 80)}`;
                }
                """, selector);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>The footer comes after the content, never over it.</summary>
    public static async Task<string?> FooterAsync(IPage page) => await page.EvaluateAsync<string?>(
        "() => { const m = document.querySelector('main').getBoundingClientRect(); const f = document.querySelector('footer').getBoundingClientRect(); return f.top + 1 >= m.bottom ? null : `the footer (top ${f.top}) overlaps the content (bottom ${m.bottom})`; }");

    /// <summary>Chart text reads at 11 px or more, whatever the drawing's scale.</summary>
    public static async Task<string?> ChartTextAsync(IPage page) => await page.EvaluateAsync<string?>(
        """
        () => {
          const small = [...document.querySelectorAll('svg text')].filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)
            .map(t => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a }))
            .filter(t => t.px < 10.95);
          return small.length ? `chart text under 11 px: ${small.slice(0, 3).map(t => `"${t.text}" ${t.px.toFixed(1)} px`).join(', ')}` : null;
        }
        """);

    /// <summary>On a Dutch page: no English text of the dashboard's own, in the text or in labels and titles.</summary>
    public static async Task<string?> EnglishAsync(IPage page, IReadOnlyList<string> english)
    {
        var shown = await page.EvaluateAsync<string>(
            "() => document.body.innerText + '\\n' + [...document.querySelectorAll('[aria-label],[title],[alt]')].map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('alt')].filter(Boolean).join('\\n')).join('\\n')");
        var found = english.Where(e => shown.Contains(e, StringComparison.Ordinal)).Take(5).ToList();
        return found.Count == 0 ? null : "English on a Dutch page: " + string.Join(" | ", found);
    }

    /// <summary>axe with every disclosure open, so what they hide is checked too.</summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] } });
        return [.. result.Violations.Select(v => $"axe {v.Id}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 120 ? n.Html[..120] : n.Html))}")];
    }
}
