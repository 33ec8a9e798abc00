using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Reading over HTTP: collaboration totals are public, the rest needs a role, and a bad period is a 400 naming the field.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ReadApiTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collaboration_totals_are_public_and_everything_else_needs_a_role()
    {
        await product.WaitForDemoAsync();
        using var anonymous = ApiClients.Anonymous(product.App);
        using var head = await ApiClients.As(product.App, "department-head", "ezk");

        var totals = await anonymous.GetAsync("/api/v1/indicators/collaboration?from=2025-01&to=2025-12", Cancel);
        var members = await anonymous.GetAsync("/api/v1/members", Cancel);
        var comparison = await head.GetFromJsonAsync<JsonElement>("/api/v1/comparison?from=2025-01&to=2025-12&perFte=false&kind=ministry&sort=member&take=1000", Cancel);

        Assert.Equal(HttpStatusCode.OK, totals.StatusCode);
        Assert.True((await totals.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("supportSessions").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, members.StatusCode);
        Assert.Contains(comparison.EnumerateArray(), row => row.GetProperty("memberId").GetString() == "ocw");
    }

    [Theory]
    [InlineData("from=2025-13", "from")]
    [InlineData("from=januari", "from")]
    [InlineData("to=2025-01-01", "to")]
    [InlineData("from=2025-06&to=2025-01", "to")]
    public async Task A_bad_period_is_a_400_naming_the_field(string query, string field)
    {
        using var head = await ApiClients.As(product.App, "department-head", "ezk");

        var response = await head.GetAsync($"/api/v1/comparison?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty(field, out _));
    }
}
