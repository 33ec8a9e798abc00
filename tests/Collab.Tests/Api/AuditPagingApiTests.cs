using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Dashboard.Audit;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// The audit trail over HTTP on the running product: GET /api/v1/audit-lines pages by cursor (Link header) through every line of a
/// filter, and the /audit export (page cookie, manager only) streams every matching line as CSV, beyond one page of the reader.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AuditPagingApiTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_pages_by_cursor_through_every_line_of_a_filter_and_back()
    {
        var prefix = $"/api/v1/members/paging-{Guid.NewGuid():N}"[..40];
        await Seed(prefix, 250);
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var seen = new List<JsonElement>();
        var next = $"/api/v1/audit-lines?object={Uri.EscapeDataString(prefix)}&action=put&take=40";
        var pages = 0;
        string? secondPageAddress = null;
        while (next is not null)
        {
            using var response = await manager.GetAsync(next, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange((await response.Content.ReadFromJsonAsync<JsonElement[]>(Cancel))!);
            pages++;
            next = Link(response, "next");
            secondPageAddress ??= pages == 1 ? null : Link(response, "prev");
        }

        // Seed line i is a PUT when i % 5 != 0: 200 of 250, newest (highest i) first, in pages of 40.
        var expected = Enumerable.Range(0, 250).Where(i => i % 5 != 0).Reverse().Select(i => $"seed {i}").ToArray();
        Assert.Equal(expected, seen.Select(l => l.GetProperty("origin").GetString()));
        Assert.Equal(5, pages);
        var ids = seen.Select(l => l.GetProperty("id").GetInt64()).ToArray();
        Assert.Equal(ids.OrderDescending(), ids);
        var back = await manager.GetFromJsonAsync<JsonElement[]>(secondPageAddress!, Cancel);
        Assert.Equal(expected.Take(40), back!.Select(l => l.GetProperty("origin").GetString()));
    }

    [Fact]
    public async Task A_wrong_date_or_two_cursors_are_a_400_naming_the_field()
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var date = await manager.GetAsync("/api/v1/audit-lines?from=30-11-2026", Cancel);
        var both = await manager.GetAsync("/api/v1/audit-lines?before=10&after=2", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("\"from\"", await date.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("\"after\"", await both.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_streams_every_matching_line_as_csv_for_the_manager_only()
    {
        var prefix = $"/api/v1/initiatives/export-{Guid.NewGuid():N}"[..44];
        await Seed(prefix, 1_100);
        using var manager = await PageClients.SignedIn(product.App, "collaboration-manager", null);
        using var head = await PageClients.SignedIn(product.App, "department-head", "ocw");
        var address = $"/audit/export?object={Uri.EscapeDataString(prefix)}";

        using var response = await manager.GetAsync(address, Cancel);
        using var refused = await head.GetAsync(address, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancel)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The header block (title, filters, when, where from), then the page's columns, then the line's id and UTC instant.
        Assert.Equal("Titel;Auditspoor", rows[0]);
        Assert.Equal($"Filters;Object: {prefix}", rows[1]);
        var header = Array.IndexOf(rows, "Tijd;Actor;Actie;Object;Resultaat;Herkomst;Regel-id;Tijd (UTC)");
        Assert.Equal(4, header);
        // More than one page of the reader (1,000 lines): every seeded line, newest first.
        Assert.Equal(Enumerable.Range(0, 1_100).Reverse().Select(i => $"seed {i}"), rows.Skip(header + 1).Select(r => r.Split(';')[5]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/geen-toegang", refused.Headers.Location?.AbsolutePath);
    }

    /// <summary>Lines written straight through the product's audit writer: line i is a POST when i % 5 == 0, else a PUT.</summary>
    private async Task Seed(string prefix, int count)
    {
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var trail = new AuditTrail(store);
        var at = DateTimeOffset.UtcNow;
        foreach (var chunk in Enumerable.Range(0, count).Chunk(500))
        {
            await Task.WhenAll(chunk.Select(i => trail.WriteAsync(new AuditLine(at, "collaboration-manager:*", i % 5 == 0 ? "POST" : "PUT", prefix, "200", $"seed {i}"))));
        }
    }

    private static string? Link(HttpResponseMessage response, string rel) =>
        response.Headers.TryGetValues("Link", out var values)
            ? string.Join(",", values).Split(", ").Where(l => l.EndsWith($"rel=\"{rel}\"", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf('<', StringComparison.Ordinal) + 1)..l.IndexOf('>', StringComparison.Ordinal)]).FirstOrDefault()
            : null;
}
