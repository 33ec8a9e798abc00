using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Registrations;

/// <summary>The members and initiatives that exist, as far as validation needs to know.</summary>
public interface IKnownIds
{
    bool IsMember(string id);

    /// <summary>How many members exist: a list of members is never longer.</summary>
    int MemberCount { get; }

    /// <summary>The initiative's kind, or null when no such initiative exists.</summary>
    InitiativeKind? InitiativeKind(string id);
}
