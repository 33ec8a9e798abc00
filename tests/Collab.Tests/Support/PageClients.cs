using System.Net;
using System.Text.RegularExpressions;

namespace Collab.Tests.Support;

/// <summary>HTTP clients that use the pages as a browser does: a cookie jar, no redirects followed, signed in through the Development sign-in form.</summary>
public static partial class PageClients
{
    public static HttpClient Anonymous(CollabApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.DashboardUrl, Timeout = TimeSpan.FromMinutes(5) };

    public static async Task<HttpClient> SignedIn(CollabApp app, string role, string? member)
    {
        var client = Anonymous(app);
        var form = await client.GetStringAsync("/aanmelden");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["role"] = role,
            ["member"] = member ?? string.Empty,
            ["returnUrl"] = "/",
        });
        var response = await client.PostAsync("/dev/sign-in", body);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {role} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
