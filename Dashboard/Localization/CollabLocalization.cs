using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Collab.Dashboard.Localization;

/// <summary>Dutch by default, English on request; the choice lives in the standard culture cookie.</summary>
public static class CollabLocalization
{
    public const string Dutch = "nl-NL";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> Supported = [Dutch, English];

    public static IServiceCollection AddCollabLocalization(this IServiceCollection services) =>
        services.AddLocalization();

    public static IApplicationBuilder UseCollabLocalization(this IApplicationBuilder app)
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Dutch),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Only the visitor's explicit choice counts, never the browser's Accept-Language: Dutch stays the default.
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
    }
}
