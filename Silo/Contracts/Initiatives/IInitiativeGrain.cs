using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Registrations;

namespace Collab.Contracts.Initiatives;

/// <summary>One shared initiative (key: its slug): profile, participants, targets and, for an inkooptraject, its steps.</summary>
public interface IInitiativeGrain : IGrainWithStringKey
{
    Task<InitiativeProfile?> GetProfile();

    /// <summary>The stored profile and its revision (the ETag an update must name), or null when never created.</summary>
    Task<Versioned<InitiativeProfile>?> GetVersionedProfile();

    /// <summary>Creates or updates the initiative without a revision check; for the demo loader and test set-up only.</summary>
    Task<RegistrationResult> SetProfile(InitiativeProfile profile);

    /// <summary>Creates a new initiative; an id that exists is refused, never overwritten.</summary>
    Task<ProfileWrite> Create(InitiativeProfile profile);

    /// <summary>Changes the initiative (targets, participants, term) when <paramref name="revision"/> is current; stale otherwise.</summary>
    Task<ProfileWrite> Update(InitiativeProfile profile, long revision);

    /// <summary>Applies a procurement update to this trajectory.</summary>
    Task<RegistrationResult> Register(ProcurementUpdate update);

    Task<ProcurementTrajectory> GetTrajectory();
}
