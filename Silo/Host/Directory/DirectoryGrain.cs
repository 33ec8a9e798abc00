using Collab.Contracts.Directory;
using Collab.Contracts.Initiatives;

namespace Collab.Silo.Directory;

public sealed class DirectoryGrain([PersistentState("directory")] IPersistentState<DirectoryState> state) : Grain, IDirectoryGrain
{
    public Task<DirectoryListing> GetListing() => Task.FromResult(state.State.Listing);

    public async Task AddMember(string memberId)
    {
        var listing = state.State.Listing;
        if (listing.MemberIds.Contains(memberId))
        {
            return;
        }

        await Write(listing with { MemberIds = listing.MemberIds.Add(memberId) });
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
