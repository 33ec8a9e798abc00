using System.Net;
using System.Text.RegularExpressions;
using Collab.Dashboard;

namespace Collab.Tests.Support;

/// <summary>HTTP clients that use the pages as a browser does: a cookie jar, no redirects followed, signed in through the Development sign-in form.</summary>
public static partial class PageClients
{
    public static HttpClient Anonymous(CollabApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.DashboardUrl, Timeout = TimeSpan.FromMinutes(5) };

    public static async Task<HttpClient> SignedIn(CollabApp app, string role, string? member) =>
        (await SignIn(app, role, member, "/")).Client;

    /// <summary>Signs in through the form with the given return address; the answer is the form post's.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignIn(CollabApp app, string role, string? member, string returnUrl)
    {
        var client = Anonymous(app);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryToken(client, DashboardUrls.SignInRoute),
            ["role"] = role,
            ["member"] = member ?? string.Empty,
            ["returnUrl"] = returnUrl,
        });
        var response = await client.PostAsync("/dev/sign-in", body);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {role} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (client, response);
    }

    /// <summary>The antiforgery token a page hands this client (its cookie goes into the client's jar).</summary>
    public static async Task<string> AntiforgeryToken(HttpClient client, string page) =>
        WebUtility.HtmlDecode(TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
