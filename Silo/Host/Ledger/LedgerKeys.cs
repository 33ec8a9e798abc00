namespace Collab.Silo.Ledger;

/// <summary>
/// The ledger's keys in the store, spelled once. All share the hash tag {ledger}, so they stay on one node of a Redis cluster;
/// tests and drills read the ledger through these names too.
/// </summary>
public static class LedgerKeys
{
    /// <summary>Hash: activity id → "content hash|position in its stream" (idempotency).</summary>
    public const string Ids = "{ledger}:ids";

    /// <summary>Set of every stream that holds entries.</summary>
    public const string Streams = "{ledger}:streams";

    /// <summary>String: how many entries the ledger holds in all.</summary>
    public const string Count = "{ledger}:count";

    /// <summary>Hash: activity id → the stream it is in.</summary>
    public const string Where = "{ledger}:where";

    /// <summary>List: one owner's entries in order (a member or an initiative).</summary>
    public static string StreamOf(string ownerKind, string ownerId) => $"{{ledger}}:stream:{ownerKind}:{ownerId}";
}
