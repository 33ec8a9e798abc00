using Collab.Dashboard.Api;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Live;

namespace Collab.Dashboard.OpenData;

/// <summary>Fixed versions and open data wired in one place, so Program.cs names them in two lines.</summary>
public static class PublishingSetup
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PeriodVersionDesk>();
        services.AddSingleton<IPeriodVersionReader, PeriodVersionReader>();
        services.AddTransient<FixedPeriod>();
        services.AddSingleton<OpenDataReader>();
        // Anyone may fetch the open data from a browser on another site; nothing else is opened to other origins.
        services.AddCors(o => o.AddPolicy(OpenDataEndpoints.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match").WithExposedHeaders("ETag", "API-Version")));
        return services;
    }

    public static WebApplication MapPublishing(this WebApplication app)
    {
        app.MapGroup(ApiSetup.Prefix).RequireAuthorization(ApiRoles.ReadPolicy).MapPeriodVersions();
        app.MapOpenData();
        return app;
    }
}
