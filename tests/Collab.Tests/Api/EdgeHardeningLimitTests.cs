using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// Requests too large or malformed for the server: up to Kestrel's limits the product answers them itself, like every other
/// refusal; beyond them Kestrel answers bare. Either way nothing is stored. Limits at their defaults: an address of 8,192
/// characters, 32,768 header bytes and 100 header lines for the product; 16,384, 65,536 and 200 for Kestrel.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class EdgeHardeningLimitTests(RunningProduct product)
{
    private const string Members = "/api/v1/members";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Uri Server => product.App.DashboardUrl;

    public static TheoryData<string, string, int, int> OverTheProductsLimits => new()
    {
        { "an address of 10,000 characters to the API", $"{Members}?pad={new string('a', 10_000)}", 0, 414 },
        { "an address of 10,000 characters to a page", $"/?pad={new string('a', 10_000)}", 0, 414 },
        { "a header of 40,000 bytes to the API", Members, 40_000, 431 },
        { "a header of 40,000 bytes to a page", "/", 40_000, 431 },
        { "150 header lines to the API", Members, -150, 431 },
        { "%01 in the API's path", $"{Members}/a%01b", 0, 400 },
        { "%1F in a page's path", "/leden/a%1Fb", 0, 400 },
        { "%7F in the API's path", $"{Members}/a%7Fb", 0, 400 },
    };

    [Theory]
    [MemberData(nameof(OverTheProductsLimits))]
    public async Task A_request_over_the_products_limits_is_refused_like_every_other_answer(string name, string target, int padding, int status)
    {
        var answer = await RawHttp.GetAsync(Server, target, [.. RawHttp.Basic(Server), .. Padding(padding)], Cancel);

        AssertRefusedByTheProduct(answer, status, target.StartsWith("/api/", StringComparison.Ordinal), name);
    }

    [Fact]
    public async Task An_address_or_headers_exactly_at_the_limits_are_read_and_one_more_is_refused()
    {
        var basic = RawHttp.Basic(Server);
        // Each header line on the wire: name, ": ", value, CR LF.
        var basicBytes = basic.Sum(h => h.Name.Length + 2 + h.Value.Length + 2);
        var padFor = (int total) => total - basicBytes - "X-Pad".Length - 4;
        var prefix = $"{Members}?pad=";

        var urlAt = await RawHttp.GetAsync(Server, prefix + new string('a', 8192 - prefix.Length), basic, Cancel);
        var urlOver = await RawHttp.GetAsync(Server, prefix + new string('a', 8193 - prefix.Length), basic, Cancel);
        var bytesAt = await RawHttp.GetAsync(Server, Members, [.. basic, ("X-Pad", new string('a', padFor(32_768)))], Cancel);
        var bytesOver = await RawHttp.GetAsync(Server, Members, [.. basic, ("X-Pad", new string('a', padFor(32_769)))], Cancel);
        var linesAt = await RawHttp.GetAsync(Server, Members, [.. basic, .. Padding(-(100 - basic.Length))], Cancel);
        var linesOver = await RawHttp.GetAsync(Server, Members, [.. basic, .. Padding(-(101 - basic.Length))], Cancel);

        // Read: an anonymous caller of the member list is told to sign in.
        Assert.Equal([401, 414, 401, 431, 401, 431], [urlAt.Status, urlOver.Status, bytesAt.Status, bytesOver.Status, linesAt.Status, linesOver.Status]);
    }

    public static TheoryData<string, string, int, int> OverKestrelsLimits => new()
    {
        { "an address of 20,000 characters", $"{Members}?pad={new string('a', 20_000)}", 0, 414 },
        { "a header of 70,000 bytes", Members, 70_000, 431 },
        { "250 header lines", Members, -250, 431 },
        { "%00 in the path", $"{Members}/a%00b", 0, 400 },
        { "%00 in a page's path", "/leden/%00", 0, 400 },
    };

    /// <summary>Kestrel answers these before any middleware runs, so they carry no security headers (docs/architecture.md says so).</summary>
    [Theory]
    [MemberData(nameof(OverKestrelsLimits))]
    public async Task A_request_over_Kestrels_own_limits_is_refused_by_the_server(string name, string target, int padding, int status)
    {
        var answer = await RawHttp.GetAsync(Server, target, [.. RawHttp.Basic(Server), .. Padding(padding)], Cancel);

        Assert.True(answer.Status == status, $"{name}: {answer.Status}");
        Assert.Equal("0", answer.Header("Content-Length"));
    }

    [Theory]
    [InlineData("address", 10_000, 414)]
    [InlineData("header", 40_000, 431)]
    [InlineData("address", 20_000, 414)]
    [InlineData("header", 70_000, 431)]
    public async Task A_registration_refused_at_the_edge_stores_nothing(string oversized, int padding, int status)
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var id = $"edge-{Guid.NewGuid():N}";
        var before = await LedgerCount();
        using var refused = new HttpRequestMessage(HttpMethod.Post, oversized == "address" ? $"/api/v1/support-sessions?pad={new string('a', padding)}" : "/api/v1/support-sessions")
        {
            Content = JsonContent.Create(ApiBodies.SupportSession(id)),
        };
        if (oversized == "header")
        {
            refused.Headers.Add("X-Pad", new string('a', padding));
        }

        // The body waits for the server's go-ahead, which a refusal before the application never gives.
        refused.Headers.ExpectContinue = true;

        var answer = await registrar.SendAsync(refused, Cancel);
        var read = await registrar.GetAsync($"/api/v1/support-sessions/{id}", Cancel);
        var after = await LedgerCount();
        var accepted = await registrar.PostAsJsonAsync("/api/v1/support-sessions", ApiBodies.SupportSession(id), Cancel);

        Assert.Equal(status, (int)answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private static void AssertRefusedByTheProduct(RawAnswer answer, int status, bool api, string name)
    {
        Assert.True(answer.Status == status, $"{name}: {answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.Header("Content-Type"));
        var problem = JsonSerializer.Deserialize<JsonElement>(answer.Body);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), name);
        Assert.Contains("Nothing was changed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", answer.Header("X-Frame-Options"));
        Assert.Equal("no-referrer", answer.Header("Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", answer.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("no-store", answer.Header("Cache-Control"));
        Assert.Equal(api ? "1.0.0" : null, answer.Header("API-Version"));
    }

    /// <summary>A positive number: one X-Pad header of that many bytes in all; a negative one: that many one-byte header lines.</summary>
    private static (string Name, string Value)[] Padding(int padding) => padding switch
    {
        > 0 => [("X-Pad", new string('a', padding - "X-Pad".Length - 4))],
        < 0 => [.. Enumerable.Range(0, -padding).Select(i => ($"X-Pad-{i}", "a"))],
        _ => [],
    };

    private async Task<long> LedgerCount()
    {
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        return await LedgerReads.CountAsync(store.GetDatabase());
    }
}
