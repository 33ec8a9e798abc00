namespace Collab.Silo.Ledger;

public enum LedgerAppendStatus
{
    Appended,
    AlreadyThere,
    Conflict,
}

/// <summary>What appending did, and the entry's position in its stream (new or earlier).</summary>
public readonly record struct LedgerAppend(LedgerAppendStatus Status, long Position, DateTimeOffset RecordedAt);
