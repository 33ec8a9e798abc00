using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Directory;

/// <summary>The list of members and initiatives (key 0). Written only when one is onboarded, never per registration.</summary>
public interface IDirectoryGrain : IGrainWithIntegerKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<DirectoryListing> GetListing();

    /// <summary>Lists the member, or updates its kind and left-on date.</summary>
    Task AddMember(string memberId, MemberKind kind, DateOnly? leftOn);

    Task AddInitiative(string initiativeId, InitiativeKind kind);
}
