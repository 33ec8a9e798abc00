using System.Collections.Immutable;
using Collab.Contracts.Directory;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Silo.Directory;

public sealed class DirectoryGrain([PersistentState("directory")] IPersistentState<DirectoryState> state) : Grain, IDirectoryGrain
{
    public Task<DirectoryListing> GetListing() => Task.FromResult(state.State.Listing);

    public async Task AddMember(string memberId, MemberKind kind, DateOnly? leftOn)
    {
        var listing = state.State.Listing;
        var kinds = listing.MemberKinds ?? ImmutableDictionary<string, MemberKind>.Empty;
        var left = listing.LeftDates ?? ImmutableDictionary<string, DateOnly>.Empty;
        if (listing.MemberIds.Contains(memberId) && kinds.TryGetValue(memberId, out var known) && known == kind && listing.LeftOnOf(memberId) == leftOn)
        {
            return;
        }

        await Write(listing with
        {
            MemberIds = listing.MemberIds.Add(memberId),
            MemberKinds = kinds.SetItem(memberId, kind),
            LeftDates = leftOn is { } date ? left.SetItem(memberId, date) : left.Remove(memberId),
        });
    }

    public async Task AddInitiative(string initiativeId, InitiativeKind kind)
    {
        var listing = state.State.Listing;
        if (listing.Initiatives.TryGetValue(initiativeId, out var known) && known == kind)
        {
            return;
        }

        await Write(listing with { Initiatives = listing.Initiatives.SetItem(initiativeId, kind) });
    }

    private async Task Write(DirectoryListing listing)
    {
        state.State = state.State with { Listing = listing with { Version = listing.Version + 1 } };
        await state.WriteStateAsync();
    }
}
