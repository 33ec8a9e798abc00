using System.Collections.Immutable;
using Collab.Contracts.Directory;
using Collab.Contracts.Registrations;

namespace Collab.Silo.Directory;

/// <summary>
/// This silo's copy of the directory, so validating a registration does not call the directory grain every time.
/// An id it does not know sends it to the directory once more: onboarding is seen at once.
/// </summary>
public sealed class KnownIdsCache(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    private volatile Snapshot current = new(DirectoryListing.Empty, DateTimeOffset.MinValue);

    public async Task<ImmutableArray<FieldError>> Validate(Func<IKnownIds, ImmutableArray<FieldError>> validate)
    {
        var snapshot = current;
        if (time.GetUtcNow() - snapshot.ReadAt > MaxAge)
        {
            snapshot = await Refresh();
        }

        var errors = validate(snapshot.Listing);
        if (errors.Any(e => e.Code.DependsOnDirectory()))
        {
            errors = validate((await Refresh()).Listing);
        }

        return errors;
    }

    private async Task<Snapshot> Refresh()
    {
        var listing = await grains.GetGrain<IDirectoryGrain>(0).GetListing();
        var snapshot = new Snapshot(listing, time.GetUtcNow());
        current = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(DirectoryListing Listing, DateTimeOffset ReadAt);
}
