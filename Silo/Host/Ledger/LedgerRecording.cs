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
        var (answers, toApply) = await ledger.RecordManyAsync(stream, [activity], applied);
        return new LedgerRecording(answers[0] == RegistrationResult.Accepted ? null : answers[0], toApply);
    }

    /// <summary>
    /// Appends <paramref name="activities"/> in one go and says per activity what it was; the entries to count are the
    /// new ones in order, or, when anything was unusual (a gap left by an earlier failed write), every entry past <paramref name="applied"/>.
    /// </summary>
    public static async Task<(RegistrationResult[] Answers, IReadOnlyList<RecordedActivity> ToApply)> RecordManyAsync(
        this ActivityLedger ledger, string stream, IReadOnlyList<IActivity> activities, long applied)
    {
        var appends = await ledger.AppendManyAsync(stream, activities);
        await RecogniseOlderForms(ledger, activities, appends);
        var answers = new RegistrationResult[appends.Length];
        var fresh = new List<RecordedActivity>();
        var seen = new HashSet<long>();
        var next = applied;
        var inOrder = true;
        for (var i = 0; i < appends.Length; i++)
        {
            var append = appends[i];
            answers[i] = append.Status == LedgerAppendStatus.Conflict ? RegistrationResult.Conflict
                : append.Position < applied || !seen.Add(append.Position) ? RegistrationResult.Duplicate
                : RegistrationResult.Accepted;
            if (answers[i] == RegistrationResult.Accepted)
            {
                inOrder &= append.Status == LedgerAppendStatus.Appended && append.Position == next++;
                fresh.Add(new RecordedActivity(activities[i], append.RecordedAt));
            }
        }

        return inOrder
            ? (answers, fresh)
            : (answers, [.. (await ledger.ReadAsync(stream, applied)).Select(RecordedActivity.From)]);
    }

    /// <summary>
    /// An entry hashed before topics were a set (topics in another order) is the same registration as its canonical form:
    /// a conflict whose stored content is the same set is the registration counted before.
    /// </summary>
    private static async Task RecogniseOlderForms(ActivityLedger ledger, IReadOnlyList<IActivity> activities, LedgerAppend[] appends)
    {
        // Only conflicts are read back (rare), all at once.
        var same = await Task.WhenAll(Enumerable.Range(0, appends.Length).Where(i => appends[i].Status == LedgerAppendStatus.Conflict)
            .Select(async i => (Index: i, Same: await ledger.FindAsync(activities[i].Id) is { } stored
                && ActivityContent.Of(stored.ToActivity()) == ActivityContent.Of(activities[i]))));
        foreach (var (i, _) in same.Where(s => s.Same))
        {
            appends[i] = appends[i] with { Status = LedgerAppendStatus.AlreadyThere };
        }
    }
}
