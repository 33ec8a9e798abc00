using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Fixing a period over the API (issue 14): the version keeps the figures of its moment while late registrations count live;
/// each step needs a reason and the right state; every step is in the audit trail. Periods in 2019 lie before the demo's window.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PeriodVersionApiTests(RunningProduct product)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_fixed_version_keeps_its_figures_while_late_registrations_count_live()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var cancel = TestContext.Current.CancellationToken;
        await Register(manager, "2019-03-05", 4);
        await Register(manager, "2019-03-20", 6);
        await LiveUntil(manager, "2019-03", sessions: 2, people: 10);

        var fixedResponse = await manager.PostAsJsonAsync("/api/v1/periods/2019-03/versions", new { reason = "MT 12 april" }, cancel);
        Assert.Equal(HttpStatusCode.Created, fixedResponse.StatusCode);
        Assert.Equal("/api/v1/periods/2019-03/versions/1", fixedResponse.Headers.Location?.OriginalString);
        var version = await fixedResponse.Content.ReadFromJsonAsync<JsonElement>(cancel);
        Assert.Equal("fixed", version.GetProperty("state").GetString());
        Assert.Equal("collaboration-manager:*", version.GetProperty("steps")[0].GetProperty("actor").GetString());
        Assert.Equal("MT 12 april", version.GetProperty("steps")[0].GetProperty("reason").GetString());

        await Register(manager, "2019-03-28", 3);
        await LiveUntil(manager, "2019-03", sessions: 3, people: 13);

        var kept = await manager.GetFromJsonAsync<JsonElement>("/api/v1/periods/2019-03/versions/1", cancel);
        Assert.Equal(2, kept.GetProperty("collaboration").GetProperty("supportSessions").GetInt32());
        Assert.Equal(10, kept.GetProperty("collaboration").GetProperty("peopleHelped").GetInt32());
        Assert.Equal(10, kept.GetProperty("members").GetProperty("ocw").GetProperty("peopleHelped").GetInt32());

        // A second version while the first is current: supersede it instead.
        var again = await manager.PostAsJsonAsync("/api/v1/periods/2019-03/versions", new { reason = "nog eens" }, cancel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Each_step_needs_a_reason_and_the_state_that_allows_it_and_superseding_keeps_the_old_version()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var cancel = TestContext.Current.CancellationToken;
        await Register(manager, "2019-04-10", 7);
        await LiveUntil(manager, "2019-04", sessions: 1, people: 7);

        var concept = await manager.PostAsJsonAsync("/api/v1/periods/2019-04/versions", new { reason = "concept voor het MT", state = "concept" }, cancel);
        Assert.Equal(HttpStatusCode.Created, concept.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Step(manager, "2019-04", 1, "publish", "te vroeg")).StatusCode);
        await AssertField(await Step(manager, "2019-04", 1, "fix", " "), HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.OK, (await Step(manager, "2019-04", 1, "fix", "MT 3 mei")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(manager, "2019-04", 1, "publish", "Woo actieve openbaarmaking")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Step(manager, "2019-04", 1, "publish", "nog eens")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Step(manager, "2019-04", 9, "publish", "bestaat niet")).StatusCode);

        await Register(manager, "2019-04-29", 2);
        await LiveUntil(manager, "2019-04", sessions: 2, people: 9);
        var superseding = await Step(manager, "2019-04", 1, "supersede", "late registratie DUO");
        Assert.Equal(HttpStatusCode.Created, superseding.StatusCode);
        var second = await superseding.Content.ReadFromJsonAsync<JsonElement>(cancel);
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal("fixed", second.GetProperty("state").GetString());
        Assert.Equal(1, second.GetProperty("supersedes").GetInt32());

        var old = await manager.GetFromJsonAsync<JsonElement>("/api/v1/periods/2019-04/versions/1", cancel);
        Assert.Equal("published", old.GetProperty("version").GetProperty("state").GetString());
        Assert.Equal(2, old.GetProperty("version").GetProperty("supersededBy").GetInt32());
        Assert.Equal(7, old.GetProperty("collaboration").GetProperty("peopleHelped").GetInt32());
        var now = await manager.GetFromJsonAsync<JsonElement>("/api/v1/periods/2019-04/versions/2", cancel);
        Assert.Equal(9, now.GetProperty("collaboration").GetProperty("peopleHelped").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await Step(manager, "2019-04", 1, "supersede", "al vervangen")).StatusCode);

        var steps = (await manager.GetFromJsonAsync<JsonElement>("/api/v1/periods/2019-04/versions", cancel))[0].GetProperty("steps");
        Assert.Equal(["concept", "fixed", "published", "superseded"], steps.EnumerateArray().Select(s => s.GetProperty("step").GetString()));

        var lines = await manager.GetFromJsonAsync<JsonElement>("/api/v1/audit-lines?take=1000", cancel);
        var objects = lines.EnumerateArray().Select(l => (l.GetProperty("object").GetString(), l.GetProperty("result").GetString())).ToList();
        Assert.Contains(("/api/v1/periods/2019-04/versions/1", "201"), objects);
        Assert.Contains(("/api/v1/periods/2019-04/versions/1/fix", "200"), objects);
        Assert.Contains(("/api/v1/periods/2019-04/versions/1/publish", "200"), objects);
        Assert.Contains(("/api/v1/periods/2019-04/versions/1/publish", "409"), objects);
        Assert.Contains(("/api/v1/periods/2019-04/versions/1/supersede/2", "201"), objects);
    }

    [Theory]
    [InlineData("2019-13", "period")]
    [InlineData("2019-Q5", "period")]
    [InlineData("2099-01", "period")]
    [InlineData("19-01", "period")]
    public async Task A_period_that_is_not_a_past_month_quarter_or_year_is_refused_naming_the_period(string period, string field)
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var response = await manager.PostAsJsonAsync($"/api/v1/periods/{period}/versions", new { reason = "proef" }, TestContext.Current.CancellationToken);

        await AssertField(response, HttpStatusCode.BadRequest, field);
    }

    private static async Task AssertField(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    private static Task<HttpResponseMessage> Step(HttpClient client, string period, int number, string step, string reason) =>
        client.PostAsJsonAsync($"/api/v1/periods/{period}/versions/{number}/{step}", new { reason });

    internal static async Task Register(HttpClient client, string date, int people, string member = "ocw")
    {
        var response = await client.PostAsJsonAsync("/api/v1/support-sessions", new
        {
            id = $"late-{Guid.NewGuid():N}"[..24],
            date,
            providingMemberId = member,
            hostMemberId = member == "lnv" ? "ocw" : "lnv",
            format = "pop-up-store",
            topics = new[] { "dms" },
            peopleHelped = people,
            durationMinutes = 60,
            leaflets = 0,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    internal static async Task LiveUntil(HttpClient client, string month, int sessions, int people)
    {
        var live = await Eventually.Until(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/collaboration?from={month}&to={month}"),
            f => f.GetProperty("supportSessions").GetInt32() == sessions && f.GetProperty("peopleHelped").GetInt32() == people, Wait);
        Assert.Equal(sessions, live.GetProperty("supportSessions").GetInt32());
        Assert.Equal(people, live.GetProperty("peopleHelped").GetInt32());
    }
}
