using Collab.Contracts.Registrations;
using StackExchange.Redis;

namespace Collab.Silo.Store;

/// <summary>
/// Turns a store failure inside any grain call into an exception every caller can read: the store client's own
/// exceptions have no Orleans codec and would reach the caller as an unreadable error (a 500 instead of a 503).
/// </summary>
public sealed class StoreFailureFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException || ex.InnerException is RedisException or RedisTimeoutException)
        {
            throw new StoreUnavailableException($"The store could not be reached: {ex.GetType().Name}");
        }
    }
}
