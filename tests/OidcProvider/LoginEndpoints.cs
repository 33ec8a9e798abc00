using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Collab.OidcProvider;

/// <summary>The provider's own sign-in: a form where a developer or a test picks one of the <see cref="TestPeople"/>.</summary>
public static class LoginEndpoints
{
    public const string Path = "/login";

    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
            Results.Content(Form(antiforgery.GetAndStoreTokens(context), LocalAuthorize(returnUrl)), "text/html; charset=utf-8"));

        endpoints.MapPost(Path, async ([FromForm] string? person, [FromForm] string? returnUrl, HttpContext context) =>
        {
            if (TestPeople.Find(person) is not { } chosen)
            {
                return Results.BadRequest("Choose one of the test people.");
            }

            var identity = new ClaimsIdentity([new Claim(Claims.Subject, chosen.Subject)], ProviderHost.SessionScheme);
            await context.SignInAsync(ProviderHost.SessionScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(LocalAuthorize(returnUrl));
        });

        return endpoints;
    }

    // Back only to this provider's authorization endpoint: the form is no open redirect.
    private static string LocalAuthorize(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(ConnectEndpoints.AuthorizePath + "?", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl : "/";

    private static string Form(AntiforgeryTokenSet tokens, string returnUrl)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test identity provider</title></head><body><main>")
            .Append("<h1>Test identity provider</h1><p>For tests and development only. Choose who you are:</p>")
            .Append($"<form method=\"post\" action=\"{Path}\" data-testid=\"provider-login\">")
            .Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(tokens.FormFieldName)}\" value=\"{WebUtility.HtmlEncode(tokens.RequestToken)}\">")
            .Append($"<input type=\"hidden\" name=\"returnUrl\" value=\"{WebUtility.HtmlEncode(returnUrl)}\"><fieldset><legend>Test person</legend>");
        foreach (var person in TestPeople.All)
        {
            html.Append($"<label><input type=\"radio\" name=\"person\" value=\"{person.Key}\"> {WebUtility.HtmlEncode(person.Label)}</label><br>");
        }

        return html.Append("</fieldset><button type=\"submit\">Sign in</button></form></main></body></html>").ToString();
    }
}
