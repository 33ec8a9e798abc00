namespace Collab.AppHost.Store;

/// <summary>Where the Redis-protocol store comes from; chosen by the configuration key <c>Store:Mode</c>.</summary>
public enum StoreMode
{
    /// <summary>Microsoft.Garnet hosted inside the AppHost process (the default).</summary>
    Embedded,

    /// <summary>A <c>redis-server</c> process started by the AppHost.</summary>
    Server,

    /// <summary>Aspire's Redis container; needs a container runtime.</summary>
    Container,

    /// <summary>A connection string <c>ConnectionStrings:redis</c> to a Redis run elsewhere.</summary>
    External,
}

public static class StoreModeExtensions
{
    public const string ConfigurationKey = "Store:Mode";

    public static StoreMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "embedded" => StoreMode.Embedded,
        "server" => StoreMode.Server,
        "container" => StoreMode.Container,
        "external" => StoreMode.External,
        _ => throw new InvalidOperationException(
            $"{ConfigurationKey} '{value}' is not known: use embedded, server, container or external."),
    };

    public static string ToConfigValue(this StoreMode mode) => mode.ToString().ToLowerInvariant();

    public static StoreMode GetStoreMode(this IDistributedApplicationBuilder builder) =>
        Parse(builder.Configuration[ConfigurationKey]);
}
