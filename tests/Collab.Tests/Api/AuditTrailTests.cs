using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Every API write, accepted or refused, leaves a line with all six fields; only the collaboration manager reads them, nobody edits them.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AuditTrailTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accepted_and_refused_writes_are_both_in_the_audit_trail_with_all_six_fields()
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        using var anonymous = ApiClients.Anonymous(product.App);
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = $"audit-{Guid.NewGuid():N}";
        var session = new
        {
            id,
            date = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
            providingMemberId = "ocw",
            hostMemberId = "ezk",
            format = "desk-visit",
            topics = new[] { "privacy" },
            peopleHelped = 2,
            durationMinutes = 30,
            leaflets = 0,
        };

        var accepted = await registrar.PostAsJsonAsync("/api/v1/support-sessions", session, Cancel);
        var refused = await anonymous.PostAsJsonAsync("/api/v1/support-sessions", session, Cancel);
        var lines = await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/audit-lines?take=200", Cancel);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var mine = Assert.Single(lines!, l => l.GetProperty("object").GetString()!.EndsWith(id, StringComparison.Ordinal));
        Assert.Equal(("registrar:ocw", "POST", "201"), (mine.GetProperty("actor").GetString(), mine.GetProperty("action").GetString(), mine.GetProperty("result").GetString()));
        Assert.Contains(lines!, l => l.GetProperty("actor").GetString() == "anonymous" && l.GetProperty("result").GetString() == "401");
        Assert.All(lines!, l => Assert.All(new[] { "at", "actor", "action", "object", "result", "origin" },
            field => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty(field).ToString()), field)));
    }

    [Fact]
    public async Task Only_the_collaboration_manager_reads_the_trail_and_nobody_can_change_it()
    {
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var byRegistrar = await registrar.GetAsync("/api/v1/audit-lines", Cancel);
        var delete = await manager.DeleteAsync("/api/v1/audit-lines", Cancel);
        var put = await manager.PutAsJsonAsync("/api/v1/audit-lines", Array.Empty<object>(), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, byRegistrar.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }
}
