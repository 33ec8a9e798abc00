using Collab.Silo.Ledger;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>The ledger as tests read it from the store, through the key names the ledger itself uses.</summary>
public static class LedgerReads
{
    /// <summary>How many entries the ledger holds in all.</summary>
    public static async Task<long> CountAsync(IDatabase store) => (long?)await store.StringGetAsync(LedgerKeys.Count) ?? 0;
}
