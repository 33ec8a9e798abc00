using System.Net.Http.Json;
using System.Text.Json;

namespace Collab.Tests.Drills.Harness;

/// <summary>A member of a drill's own, onboarded through the API, whose figures count only the drill's registrations.</summary>
public static class DrillMember
{
    public static async Task Onboard(HttpClient manager, string id)
    {
        var response = await manager.PostAsJsonAsync("/api/v1/members", new
        {
            id,
            nameNl = $"Oefening {id}",
            nameEn = $"Drill {id}",
            abbreviation = id.ToUpperInvariant(),
            kind = "ministry",
            divFte = 10,
            joinedOn = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        // A drill run again on the same store finds its member there already (409): onboarding never overwrites.
        if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Support sessions the member's indicators count this month, once they reach <paramref name="expected"/> or the time is up.</summary>
    public static async Task<int> SessionsThisMonth(HttpClient api, string id, int expected, TimeSpan timeout)
    {
        var month = DateTime.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return await Collab.Tests.Support.Eventually.Until(async () =>
        {
            try
            {
                var figures = await api.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/members/{id}?from={month}&to={month}");
                return figures.GetProperty("supportSessions").GetInt32();
            }
            catch (HttpRequestException)
            {
                return -1;
            }
        }, n => n == expected, timeout);
    }

    /// <summary>Acknowledged ids that cannot be read back: each one a lost registration.</summary>
    public static async Task<IReadOnlyList<string>> Missing(HttpClient api, IEnumerable<string> acknowledged)
    {
        var missing = new List<string>();
        foreach (var id in acknowledged)
        {
            var found = await Collab.Tests.Support.Eventually.Until(async () =>
            {
                try
                {
                    return (await api.GetAsync($"/api/v1/support-sessions/{id}")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, ok => ok, TimeSpan.FromSeconds(30));
            if (!found)
            {
                missing.Add(id);
            }
        }

        return missing;
    }
}
