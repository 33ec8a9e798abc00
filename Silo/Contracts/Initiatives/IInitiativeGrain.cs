using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;

namespace Collab.Contracts.Initiatives;

/// <summary>One shared initiative (key: its slug): profile, participants, targets and, for an inkooptraject, its steps.</summary>
public interface IInitiativeGrain : IGrainWithStringKey
{
    Task<InitiativeProfile?> GetProfile();

    /// <summary>Creates or updates the initiative (targets, participants); durable and listed in the directory before returning.</summary>
    Task<RegistrationResult> SetProfile(InitiativeProfile profile);

    /// <summary>Applies a procurement update to this trajectory.</summary>
    Task<RegistrationResult> Register(ProcurementUpdate update);

    Task<ProcurementTrajectory> GetTrajectory();
}
