using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Collab.Dashboard.Api;

/// <summary>Writes are rate limited per caller; bodies are small. Both protect the store from a runaway script.</summary>
public static class WriteLimits
{
    public const string Policy = "writes";

    /// <summary>
    /// Largest request body accepted, in bytes: a full batch (<see cref="BatchEndpoints.MaxItems"/> registrations of at most about
    /// 2 KB each, a 500-character note included) fits. The CSV import has its own, larger limit (<see cref="Import.CsvImportReader.MaxBytes"/>).
    /// </summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddWriteLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WriteLimitOptions>().Bind(configuration.GetSection(WriteLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WriteLimitOptions>>((o, limits) =>
        {
            var perMinute = limits.Value.WritesPerMinute;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services.AddRateLimiter(_ => { });
    }
}
