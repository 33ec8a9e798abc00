using System.Collections.Immutable;
using Collab.Contracts.Directory;
using Collab.Contracts.Registrations;

namespace Collab.Silo.Directory;

/// <summary>
/// This silo's copy of the directory, so validating a registration does not call the directory grain every time.
/// An id it does not know sends it to the directory once more: onboarding is seen at once. A copy older than
/// <see cref="MaxAge"/> is refreshed, but a registration waits at most <see cref="RefreshWait"/> for that: the directory
/// is one grain, and while the silo holding it is dead (until the cluster votes it out) the registrations this silo
/// holds must still be answered, with the copy it has.
/// </summary>
public sealed class KnownIdsCache(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RefreshWait = TimeSpan.FromMilliseconds(500);
    private volatile Snapshot current = new(DirectoryListing.Empty, DateTimeOffset.MinValue);
    private Task<Snapshot>? refreshing;

    public async Task<ImmutableArray<FieldError>> Validate(Func<IKnownIds, ImmutableArray<FieldError>> validate)
    {
        var snapshot = current;
        if (snapshot.ReadAt == DateTimeOffset.MinValue)
        {
            snapshot = await Refresh();
        }
        else if (time.GetUtcNow() - snapshot.ReadAt > MaxAge)
        {
            snapshot = await Fresher(snapshot);
        }

        var errors = validate(snapshot.Listing);
        if (errors.Any(e => e.Code.DependsOnDirectory()))
        {
            errors = validate((await Refresh()).Listing);
        }

        return errors;
    }

    /// <summary>The refreshed copy when it comes within <see cref="RefreshWait"/>, else the one we have (the refresh goes on).</summary>
    private async Task<Snapshot> Fresher(Snapshot stale)
    {
        var refresh = Refresh();
        try
        {
            return await refresh.WaitAsync(RefreshWait, time);
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            // The refresh that did not come in time may still fail: observed here, retried by a later registration.
            _ = refresh.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return stale;
        }
    }

    /// <summary>One read of the directory at a time; callers that come while it runs share it.</summary>
    private Task<Snapshot> Refresh()
    {
        var running = Volatile.Read(ref refreshing);
        if (running is { IsCompleted: false })
        {
            return running;
        }

        var read = Read();
        Interlocked.Exchange(ref refreshing, read);
        return read;
    }

    private async Task<Snapshot> Read()
    {
        var listing = await grains.GetGrain<IDirectoryGrain>(0).GetListing();
        var snapshot = new Snapshot(listing, time.GetUtcNow());
        current = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(DirectoryListing Listing, DateTimeOffset ReadAt);
}
