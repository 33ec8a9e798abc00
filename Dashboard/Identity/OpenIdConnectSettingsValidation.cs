using Microsoft.Extensions.Options;

namespace Collab.Dashboard.Identity;

/// <summary>Half a provider configuration would sign nobody in without saying why: the dashboard refuses to start instead.</summary>
public sealed class OpenIdConnectSettingsValidation : IValidateOptions<OpenIdConnectSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenIdConnectSettings options)
    {
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        if (hasAuthority != !string.IsNullOrWhiteSpace(options.ClientId))
        {
            return ValidateOptionsResult.Fail($"{OpenIdConnectSettings.Section}: set both Authority and ClientId, or neither.");
        }

        return hasAuthority && !(Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) && authority.Scheme is "https" or "http")
            ? ValidateOptionsResult.Fail($"{OpenIdConnectSettings.Section}:Authority '{options.Authority}' is not an http(s) address.")
            : ValidateOptionsResult.Success;
    }
}
