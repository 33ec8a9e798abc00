using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Membership over HTTP: POST never overwrites (409 naming the id), PUT needs the ETag of the GET (428 without, 412 when stale),
/// and a member that left refuses registrations dated after its left-on date and stops counting them.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MembershipApiTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Agency(string id, string nameNl = "Agentschap Proef", decimal fte = 6.5m) => new()
    {
        ["id"] = id,
        ["nameNl"] = nameNl,
        ["nameEn"] = "Trial Agency",
        ["abbreviation"] = "AP",
        ["kind"] = "executing-agency",
        ["parentMinistryId"] = "ocw",
        ["divFte"] = fte,
        ["joinedOn"] = "2025-01-01",
    };

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Posting_a_member_or_initiative_that_exists_is_a_409_naming_the_id_and_changes_nothing()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = NewId("exists");
        var etag = await ProfileEdits.CreateAsync(manager, "/api/v1/members", id, Agency(id), Cancel);
        var initiativeTag = await ProfileEdits.ETagAsync(manager, "/api/v1/initiatives/pop-up-stores", Cancel);

        var again = await manager.PostAsJsonAsync("/api/v1/members", Agency(id, nameNl: "Overschreven"), Cancel);
        var initiative = await manager.PostAsJsonAsync("/api/v1/initiatives", new
        {
            id = "pop-up-stores",
            titleNl = "Overschreven",
            titleEn = "Overwritten",
            kind = "training",
            leadMemberId = "ocw",
            participantIds = new[] { "ocw" },
            start = "2025-01-01",
            targets = new { },
        }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(id, problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
        Assert.Equal(HttpStatusCode.Conflict, initiative.StatusCode);
        Assert.Contains("pop-up-stores", await initiative.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(etag, await ProfileEdits.ETagAsync(manager, $"/api/v1/members/{id}", Cancel));
        Assert.Equal("Agentschap Proef", (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", Cancel)).GetProperty("nameNl").GetString());
        Assert.Equal(initiativeTag, await ProfileEdits.ETagAsync(manager, "/api/v1/initiatives/pop-up-stores", Cancel));
    }

    [Fact]
    public async Task An_edit_needs_the_current_ETag_a_stale_one_is_412_and_changes_nothing()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = NewId("etag");
        var first = await ProfileEdits.CreateAsync(manager, "/api/v1/members", id, Agency(id), Cancel);

        var withoutIfMatch = await ProfileEdits.PutAsync(manager, $"/api/v1/members/{id}", Agency(id, fte: 1m), null, Cancel);
        var edited = await ProfileEdits.PutAsync(manager, $"/api/v1/members/{id}", Agency(id, fte: 7m), first, Cancel);
        var stale = await ProfileEdits.PutAsync(manager, $"/api/v1/members/{id}", Agency(id, fte: 9m), first, Cancel);
        var nonsense = await ProfileEdits.PutAsync(manager, $"/api/v1/members/{id}", Agency(id, fte: 9m), "\"not-a-revision\"", Cancel);
        var missing = await ProfileEdits.PutAsync(manager, $"/api/v1/members/{NewId("nobody")}", Agency("x"), first, Cancel);

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotEqual(first, edited.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("\"title\"", await stale.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.PreconditionFailed, nonsense.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode); // the body's id differs from the path's
        var stored = await manager.GetAsync($"/api/v1/members/{id}", Cancel);
        Assert.Equal(edited.Headers.ETag?.ToString(), stored.Headers.ETag?.ToString());
        Assert.Equal(7m, (await stored.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("divFte").GetDecimal());
    }

    [Fact]
    public async Task An_initiative_edit_based_on_a_stale_ETag_is_412()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = NewId("init");
        object Initiative(string title) => new
        {
            id,
            titleNl = title,
            titleEn = title,
            kind = "training",
            leadMemberId = "ocw",
            participantIds = new[] { "ocw" },
            start = "2025-01-01",
            targets = new { },
        };
        var first = await ProfileEdits.CreateAsync(manager, "/api/v1/initiatives", id, Initiative("Een"), Cancel);

        var edited = await ProfileEdits.PutAsync(manager, $"/api/v1/initiatives/{id}", Initiative("Twee"), first, Cancel);
        var stale = await ProfileEdits.PutAsync(manager, $"/api/v1/initiatives/{id}", Initiative("Drie"), first, Cancel);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{id}", Cancel);
        Assert.Equal("Twee", stored.GetProperty("profile").GetProperty("titleNl").GetString());
    }

    [Fact]
    public async Task A_member_that_left_refuses_later_registrations_and_stops_counting_them()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = NewId("leaves");
        var etag = await ProfileEdits.CreateAsync(manager, "/api/v1/members", id, Agency(id), Cancel);
        // Registered while it was a member: 2025-06-01 and 2025-08-01. It then leaves on 2025-06-30.
        Assert.Equal(HttpStatusCode.Created, (await Register(manager, id, "2025-06-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Register(manager, id, "2025-08-01")).StatusCode);
        Assert.Equal(2, await Eventually.Until(() => Sessions(manager, id), n => n == 2, TimeSpan.FromSeconds(10)));

        var left = Agency(id);
        left["leftOn"] = "2025-06-30";
        Assert.Equal(HttpStatusCode.OK, (await ProfileEdits.PutAsync(manager, $"/api/v1/members/{id}", left, etag, Cancel)).StatusCode);
        var after = await Register(manager, id, "2025-07-01");
        var onTheDay = await Register(manager, id, "2025-06-30");

        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        Assert.True((await after.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("providingMemberId", out _));
        Assert.Equal(HttpStatusCode.Created, onTheDay.StatusCode);
        // 2025-06-01 and 2025-06-30 count; 2025-08-01 lies after the left-on date and no longer does.
        var counted = await Eventually.Until(async () => (Year: await Sessions(manager, id), August: await SessionsIn(manager, id, "2025-08")),
            c => c == (2, 0), TimeSpan.FromSeconds(10));
        Assert.Equal((2, 0), counted);
    }

    private async Task<HttpResponseMessage> Register(HttpClient manager, string member, string date) =>
        await manager.PostAsJsonAsync("/api/v1/support-sessions", new
        {
            id = $"{member}-{date}",
            date,
            providingMemberId = member,
            hostMemberId = "ocw",
            format = "helpdesk",
            topics = new[] { "dms" },
            peopleHelped = 1,
            durationMinutes = 15,
            leaflets = 0,
        }, Cancel);

    private static Task<int> Sessions(HttpClient client, string member) => SessionsIn(client, member, "2025-01", "2025-12");

    private static Task<int> SessionsIn(HttpClient client, string member, string month) => SessionsIn(client, member, month, month);

    /// <summary>The member's support sessions in the collaboration view, or -1 while the view does not list the new member yet (404).</summary>
    private static async Task<int> SessionsIn(HttpClient client, string member, string from, string to)
    {
        var response = await client.GetAsync($"/api/v1/indicators/members/{member}?from={from}&to={to}", Cancel);
        return response.StatusCode == HttpStatusCode.NotFound ? -1
            : (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("supportSessions").GetInt32();
    }
}
