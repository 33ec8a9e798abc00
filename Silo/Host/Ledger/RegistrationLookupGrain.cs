using Collab.Contracts.Registrations;
using Orleans.Concurrency;

namespace Collab.Silo.Ledger;

/// <summary>Reads one registration from the ledger; stateless, so every silo answers locally.</summary>
[StatelessWorker]
public sealed class RegistrationLookupGrain(ActivityLedger ledger) : Grain, IRegistrationLookupGrain
{
    public async Task<StoredRegistration?> Find(string id) =>
        await ledger.FindAsync(id) is { } entry ? new StoredRegistration(entry.Kind, entry.RecordedAt, entry.Activity.GetRawText()) : null;
}
