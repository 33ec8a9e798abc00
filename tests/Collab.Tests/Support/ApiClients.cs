using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collab.Tests.Support;

/// <summary>HTTP clients on the running dashboard, anonymous or with a development token for a role (and member).</summary>
public static class ApiClients
{
    public static HttpClient Anonymous(CollabApp app) => new() { BaseAddress = app.DashboardUrl, Timeout = TimeSpan.FromMinutes(5) };

    public static async Task<HttpClient> As(CollabApp app, string role, string? member = null)
    {
        var client = Anonymous(app);
        var response = await client.PostAsync($"/dev/token?role={role}&member={member}", null);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
