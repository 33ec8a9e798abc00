using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>The collaboration manager onboards an agency over HTTP; nobody else can, and a wrong profile is a 400 naming the fields.</summary>
[Collection(AppHostCollection.Name)]
public sealed class OnboardingApiTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Agency(string id, string parent = "ocw", decimal fte = 6.5m) => new
    {
        id,
        nameNl = "Agentschap Proef",
        nameEn = "Trial Agency",
        abbreviation = "AP",
        kind = "executing-agency",
        parentMinistryId = parent,
        divFte = fte,
        joinedOn = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
        status = "active",
    };

    [Fact]
    public async Task The_manager_onboards_an_agency_that_then_is_a_member()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = $"agency-{Guid.NewGuid():N}"[..15];

        var created = await manager.PostAsJsonAsync("/api/v1/members", Agency(id), Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/members/{id}", created.Headers.Location?.ToString());
        var members = await Eventually.Until(
            () => manager.GetFromJsonAsync<JsonElement[]>("/api/v1/members", Cancel)!,
            m => m!.Any(x => x.GetProperty("id").GetString() == id), TimeSpan.FromSeconds(5));
        Assert.Contains(members!, m => m.GetProperty("id").GetString() == id && m.GetProperty("parentMinistryId").GetString() == "ocw");
    }

    [Fact]
    public async Task Only_the_manager_onboards_and_a_wrong_profile_names_its_fields()
    {
        using var head = await ApiClients.As(product.App, "department-head", "ocw");
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var byHead = await head.PostAsJsonAsync("/api/v1/members", Agency("agency-by-head"), Cancel);
        var wrong = await manager.PostAsJsonAsync("/api/v1/members", Agency("agency-wrong", parent: "nobody", fte: -1), Cancel);
        var mismatch = await manager.PutAsJsonAsync("/api/v1/members/other-id", Agency("agency-x"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, byHead.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("parentMinistryId", out _));
        Assert.True(errors.TryGetProperty("divFte", out _));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }

    [Fact]
    public async Task A_batch_reports_per_item_what_happened()
    {
        await product.WaitForDemoAsync();
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var id = $"batch-{Guid.NewGuid():N}";
        object Item(string itemId, string provider = "ocw", int people = 3) => new
        {
            id = itemId,
            date = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
            providingMemberId = provider,
            hostMemberId = "lnv",
            format = "workshop",
            topics = new[] { "records-management" },
            peopleHelped = people,
            durationMinutes = 60,
            leaflets = 0,
        };

        var response = await registrar.PostAsJsonAsync("/api/v1/support-sessions/batch",
            new[] { Item(id), Item(id), Item($"{id}-bad", people: -1), Item($"{id}-ezk", provider: "ezk") }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = (await response.Content.ReadFromJsonAsync<JsonElement[]>(Cancel))!.Select(r => r.GetProperty("status").GetString());
        Assert.Equal(["accepted", "duplicate", "invalid", "forbidden"], statuses);
    }
}
