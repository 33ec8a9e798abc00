namespace Collab.Contracts.Members;

/// <summary>One member organisation (key: its lowercase slug, e.g. <c>ocw</c>).</summary>
public interface IMemberGrain : IGrainWithStringKey
{
    /// <summary>The stored profile, or null when this member was never registered.</summary>
    Task<MemberProfile?> GetProfile();

    /// <summary>Stores the profile durably before returning.</summary>
    Task SetProfile(MemberProfile profile);
}
