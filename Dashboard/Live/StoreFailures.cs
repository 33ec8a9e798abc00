namespace Collab.Dashboard.Live;

/// <summary>What "the cluster or the store cannot be reached right now" looks like as an exception: worth a retry, never a 500.</summary>
public static class StoreFailures
{
    public static bool IsUnavailable(Exception ex) =>
        ex is OrleansException or TimeoutException or StackExchange.Redis.RedisException
        || (ex is Orleans.Serialization.UnavailableExceptionFallbackException fallback
            && fallback.ExceptionType?.StartsWith("StackExchange.Redis.", StringComparison.Ordinal) == true);
}
