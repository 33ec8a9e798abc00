using System.Globalization;
using Collab.AppHost.Store;
using Microsoft.Extensions.Configuration;

namespace Collab.AppHost;

/// <summary>
/// The AppHost's own settings, read once and checked before any resource is added: the model is built from them before the
/// host starts, so a wrong value must stop the run here, naming its key, not later inside a silo or the dashboard.
/// </summary>
public sealed record AppHostSettings(StoreMode StoreMode, string? ClusterId, int DashboardPort, bool DemoLoad, int? WritesPerMinute)
{
    public const int DefaultDashboardPort = 5080;

    public static AppHostSettings Read(IConfiguration configuration) => new(
        StoreModeExtensions.Parse(configuration[StoreModeExtensions.ConfigurationKey]),
        configuration["Orleans:ClusterId"],
        configuration["Dashboard:Port"] is { } port
            ? int.TryParse(port, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 65535 ? p
                : throw Invalid("Dashboard:Port", port, "a port number from 1 to 65535, or 0 for a free one")
            : DefaultDashboardPort,
        configuration["Demo:Load"] is { } load
            ? bool.TryParse(load, out var l) ? l : throw Invalid("Demo:Load", load, "true or false")
            : true,
        configuration["RateLimits:WritesPerMinute"] is { } writes
            ? int.TryParse(writes, CultureInfo.InvariantCulture, out var w) && w >= 1 ? w
                : throw Invalid("RateLimits:WritesPerMinute", writes, "a whole number of at least 1")
            : null);

    private static InvalidOperationException Invalid(string key, string value, string expected) =>
        new($"{key} '{value}' is not valid: use {expected}.");
}
