using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Api;

/// <summary>The OpenAPI document describes the API, and its interactive docs load without reaching outside.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ApiDocumentTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task The_OpenAPI_document_lists_the_registration_and_read_endpoints_relative_to_the_versioned_server()
    {
        using var anonymous = ApiClients.Anonymous(product.App);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        Assert.All(new[] { "/support-sessions", "/knowledge-contacts", "/procurement-updates", "/comparison", "/exchange-matrix" },
            path => Assert.True(paths.TryGetProperty(path, out _), path));
    }

    [Fact]
    public async Task The_interactive_docs_load_with_the_network_cut()
    {
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, role: null);

        await session.Page.GotoAsync("/api/v1/docs");

        await Assertions.Expect(session.Page.GetByText("support-sessions").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(session.NonLoopbackRequests);
    }
}
