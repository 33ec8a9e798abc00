using Microsoft.AspNetCore.Localization;

namespace Collab.Dashboard.Localization;

/// <summary>Remembers a language choice for a year and returns to the page it was made on.</summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = CollabLocalization.Supported.FirstOrDefault(c => c == culture) ?? CollabLocalization.Dutch;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(Identity.AccountEndpoints.LocalPath(returnUrl));
        });
        return endpoints;
    }
}
