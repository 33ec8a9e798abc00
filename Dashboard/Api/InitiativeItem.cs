using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Api;

/// <summary>An initiative as the API answers it: its profile and the phase its procurement trajectory is in.</summary>
public sealed record InitiativeItem(InitiativeProfile Profile, ProcurementPhase Phase);
