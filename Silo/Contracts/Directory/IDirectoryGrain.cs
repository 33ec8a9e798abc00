using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Directory;

/// <summary>The list of members and initiatives (key 0). Written only when one is onboarded, never per registration.</summary>
public interface IDirectoryGrain : IGrainWithIntegerKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<DirectoryListing> GetListing();

    Task AddMember(string memberId);

    Task AddInitiative(string initiativeId, InitiativeKind kind);
}
