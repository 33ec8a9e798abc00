using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;

namespace Collab.Silo.Ledger;

/// <summary>
/// What a grain must do after putting a registration in the ledger: answer at once (conflict, or already counted),
/// or count the entries it has not yet applied, in order.
/// </summary>
public sealed record LedgerRecording(RegistrationResult? Answer, IReadOnlyList<RecordedActivity> ToApply);

/// <summary>An activity as the ledger holds it: the registration and when it was recorded.</summary>
public sealed record RecordedActivity(IActivity Activity, DateTimeOffset RecordedAt)
{
    public static RecordedActivity From(LedgerEntry entry) => new(entry.ToActivity(), entry.RecordedAt);
}

public static class LedgerRecordingExtensions
{
    /// <summary>
    /// Appends <paramref name="activity"/> to <paramref name="stream"/> of a grain that has applied <paramref name="applied"/> entries.
    /// An entry appended by an earlier attempt whose state write failed is counted now.
    /// </summary>
    public static async Task<LedgerRecording> RecordAsync(this ActivityLedger ledger, string stream, IActivity activity, long applied)
    {
        var append = await ledger.AppendAsync(stream, activity);
        if (append.Status == LedgerAppendStatus.Conflict)
        {
            return new LedgerRecording(RegistrationResult.Conflict, []);
        }

        if (append.Position < applied)
        {
            return new LedgerRecording(RegistrationResult.Duplicate, []);
        }

        // The usual case needs no read: the new entry is the only one missing.
        return append.Position == applied && append.Status == LedgerAppendStatus.Appended
            ? new LedgerRecording(null, [new RecordedActivity(activity, append.RecordedAt)])
            : new LedgerRecording(null, [.. (await ledger.ReadAsync(stream, applied)).Select(RecordedActivity.From)]);
    }
}
