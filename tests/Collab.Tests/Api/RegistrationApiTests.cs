using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>Registering over HTTP: created once, the same again is no change, another content is a conflict, bad input a 400 naming the field.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RegistrationApiTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Session(string id, string provider = "ocw", int people = 12, int? satisfaction = 8) => new
    {
        id,
        date = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
        providingMemberId = provider,
        hostMemberId = "ezk",
        format = "pop-up-store",
        topics = new[] { "dms", "openness" },
        peopleHelped = people,
        durationMinutes = 90,
        leaflets = 10,
        satisfaction,
    };

    [Fact]
    public async Task A_registrar_registers_once_and_a_repeat_changes_nothing()
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var id = $"api-{Guid.NewGuid():N}";

        var created = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session(id), Cancel);
        var repeated = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session(id), Cancel);
        var conflict = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session(id, people: 13), Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/support-sessions/{id}", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.True((await conflict.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task What_a_Location_names_can_be_read_back()
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var id = $"loc-{Guid.NewGuid():N}";

        var created = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session(id, people: 17), Cancel);
        var read = await registrar.GetAsync(created.Headers.Location, Cancel);
        var asContact = await registrar.GetAsync($"/api/v1/knowledge-contacts/{id}", Cancel);
        var missing = await registrar.GetAsync($"/api/v1/support-sessions/nothing-{Guid.NewGuid():N}", Cancel);
        var member = await registrar.GetAsync("/api/v1/members/ocw", Cancel);
        var initiative = await registrar.GetAsync("/api/v1/initiatives/inkoop-dms-licenties", Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal(17, body.GetProperty("peopleHelped").GetInt32());
        Assert.Equal("pop-up-store", body.GetProperty("format").GetString());
        Assert.True(body.TryGetProperty("recordedAt", out _));
        Assert.Equal(HttpStatusCode.NotFound, asContact.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ocw", (await member.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString());
        Assert.Equal("joint-procurement", (await initiative.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("profile").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_a_400_naming_each_field_and_the_ledger_is_unchanged()
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var before = await LedgerCount();

        var invalid = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session($"bad-{Guid.NewGuid():N}", people: -1, satisfaction: 11), Cancel);
        var malformed = await registrar.PostAsync("/api/v1/support-sessions", new StringContent("{\"id\": \"x\", \"peopleHelped\": \"many\"", Encoding.UTF8, "application/json"), Cancel);
        var wrongType = await registrar.PostAsync("/api/v1/support-sessions", new StringContent("id=x", Encoding.UTF8, "application/x-www-form-urlencoded"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("peopleHelped", out _));
        Assert.True(errors.TryGetProperty("satisfaction", out _));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(before, await LedgerCount());
    }

    [Fact]
    public async Task Nobody_registers_for_another_member_and_anonymous_callers_register_nothing()
    {
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        using var head = await ApiClients.As(product.App, "department-head", "ocw");
        using var anonymous = ApiClients.Anonymous(product.App);

        var forOther = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session($"o-{Guid.NewGuid():N}", provider: "ezk"), Cancel);
        var byHead = await head.PostAsJsonAsync("/api/v1/support-sessions", Session($"h-{Guid.NewGuid():N}"), Cancel);
        var byAnonymous = await anonymous.PostAsJsonAsync("/api/v1/support-sessions", Session($"a-{Guid.NewGuid():N}"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byHead.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
    }

    private async Task<long> LedgerCount()
    {
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        return await LedgerReads.CountAsync(store.GetDatabase());
    }
}
