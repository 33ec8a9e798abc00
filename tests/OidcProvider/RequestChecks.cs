using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Collab.OidcProvider;

/// <summary>
/// Without a database OpenIddict runs in degraded mode and leaves checking clients to us: the client id, its secret and its
/// redirect addresses are checked here against <see cref="ProviderSettings"/>.
/// </summary>
public static class RequestChecks
{
    public static OpenIddictServerBuilder AddRequestChecks(this OpenIddictServerBuilder server, ProviderSettings settings) => server
        .AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (context.ClientId != settings.DashboardClientId)
            {
                context.Reject(Errors.InvalidClient, "Unknown client.");
            }
            else if (!ProviderSettings.IsDashboardCallback(context.RedirectUri, "/signin-oidc"))
            {
                context.Reject(Errors.InvalidRequest, "The redirect_uri is not the dashboard's.");
            }

            return default;
        }))
        .AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            var known = (context.ClientId, context.Request.ClientSecret) == (settings.DashboardClientId, settings.DashboardClientSecret)
                || (context.ClientId, context.Request.ClientSecret) == (settings.IntegrationClientId, settings.IntegrationClientSecret);
            var grantFits = context.Request.IsClientCredentialsGrantType()
                ? context.ClientId == settings.IntegrationClientId
                : context.Request.IsAuthorizationCodeGrantType() && context.ClientId == settings.DashboardClientId;
            if (!known || !grantFits)
            {
                context.Reject(Errors.InvalidClient, "Unknown client, wrong secret or a grant the client may not use.");
            }

            return default;
        }))
        .AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (context.PostLogoutRedirectUri is { } uri && !ProviderSettings.IsDashboardCallback(uri, "/signout-callback-oidc"))
            {
                context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri is not the dashboard's.");
            }

            return default;
        }));
}
