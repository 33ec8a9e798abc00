using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Collab.Dashboard.Identity;

/// <summary>Signing in and out of the pages; the Development sign-in form posts here too.</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string DevelopmentSignInPath = "/dev/sign-in";

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints, IHostEnvironment environment)
    {
        // The cookie scheme sends people to the identity provider, or in Development to the sign-in page.
        endpoints.MapGet(SignInPath, (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [CookieAuthenticationDefaults.AuthenticationScheme]));

        endpoints.MapPost(SignOutPath, async (HttpContext context) =>
        {
            // The middleware only records its verdict; an endpoint that binds no form must read it, or a forged POST signs anyone out.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign out from the page",
                    detail: "The request did not carry the page's antiforgery token; nothing changed.");
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return ProviderSignOut.AtProvider(context) ?? Results.LocalRedirect(DashboardUrls.OverviewRoute);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        if (environment.IsDevelopment())
        {
            endpoints.MapPost(DevelopmentSignInPath, async ([FromForm] string? role, [FromForm] string? member, [FromForm] string? returnUrl, HttpContext context) =>
            {
                if (DevelopmentIdentity.Errors(role, member) is { Count: > 0 } errors)
                {
                    return Results.ValidationProblem(errors);
                }

                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    DevelopmentIdentity.Create(role!, member, CookieAuthenticationDefaults.AuthenticationScheme));
                return Results.LocalRedirect(LocalPath(returnUrl));
            });
        }

        return endpoints;
    }

    /// <summary>Only plain local paths: an open redirect would let a link send people elsewhere; anything else is the home page.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)) ? returnUrl : DashboardUrls.OverviewRoute;
}
