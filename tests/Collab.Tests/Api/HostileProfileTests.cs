using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Each hostile member profile gets a 4xx problem naming its field, as a new member and as an edit, and nothing is stored.</summary>
[Collection(AppHostCollection.Name)]
public sealed class HostileProfileTests(RunningProduct product)
{
    [Theory]
    [MemberData(nameof(HostileCorpus.ProfileCases), MemberType = typeof(HostileCorpus))]
    public async Task A_hostile_profile_is_refused_naming_its_field_and_changes_nothing(string name, string field, string body)
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var fresh = $"hostile-{Guid.NewGuid():N}"[..20];
        var existing = $"hostile-{Guid.NewGuid():N}"[..20];
        var etag = await ProfileEdits.CreateAsync(manager, "/api/v1/members", existing, Sound(existing), cancel);

        var created = await manager.PostAsync("/api/v1/members", Json(body.Replace("{id}", fresh, StringComparison.Ordinal)), cancel);
        var edited = await manager.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/members/{existing}")
        {
            Content = Json(body.Replace("{id}", existing, StringComparison.Ordinal)),
            Headers = { IfMatch = { System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag) } },
        }, cancel);

        foreach (var (response, what) in new[] { (created, "POST"), (edited, "PUT") })
        {
            var text = await response.Content.ReadAsStringAsync(cancel);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name} ({what}): {(int)response.StatusCode} {text}");
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{name} ({what}): {field} not named in {text}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/members/{fresh}", cancel)).StatusCode);
        Assert.Equal(etag, await ProfileEdits.ETagAsync(manager, $"/api/v1/members/{existing}", cancel));
    }

    private static object Sound(string id) => new
    {
        id,
        nameNl = "Gewone Dienst",
        nameEn = "Plain Service",
        abbreviation = "GD",
        kind = "executing-agency",
        parentMinistryId = "ocw",
        divFte = 3,
        joinedOn = "2025-01-01",
    };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
