using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Registrations;

namespace Collab.Contracts.Members;

/// <summary>One member organisation (key: its lowercase slug, e.g. <c>ocw</c>): its profile and the activities it registers.</summary>
public interface IMemberGrain : IGrainWithStringKey
{
    /// <summary>The stored profile, or null when this member was never registered.</summary>
    Task<MemberProfile?> GetProfile();

    /// <summary>The stored profile and its revision (the ETag an update must name), or null when never registered.</summary>
    Task<Versioned<MemberProfile>?> GetVersionedProfile();

    /// <summary>Onboards or updates the member without a revision check; for the demo loader and test set-up only.</summary>
    Task<RegistrationResult> SetProfile(MemberProfile profile);

    /// <summary>Onboards a new member; an id that exists is refused, never overwritten.</summary>
    Task<ProfileWrite> Create(MemberProfile profile);

    /// <summary>Changes the member when <paramref name="revision"/> is still the current one; stale otherwise, and nothing changes.</summary>
    Task<ProfileWrite> Update(MemberProfile profile, long revision);

    /// <summary>Counts a support session this member provided; durable in the ledger and the grain state before returning.</summary>
    Task<RegistrationResult> Register(SupportSession session);

    /// <summary>Counts a knowledge-sharing contact this member gave.</summary>
    Task<RegistrationResult> Register(KnowledgeContact contact);

    /// <summary>
    /// Counts many support sessions and contacts of this member at once (the bulk path): each judged on its own,
    /// all durable in the ledger and the grain state before returning; one answer per activity, in order.
    /// </summary>
    Task<ImmutableArray<RegistrationResult>> RegisterMany(ImmutableArray<IActivity> activities);

    /// <summary>The member's figures per month, or null when the member does not exist.</summary>
    Task<MemberFigures?> GetFigures();

    /// <summary>Throws the figures away and counts every ledger entry of this member again; returns the result.</summary>
    Task<MemberFigures?> RebuildFromLedger();
}
