using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Registrations;

/// <summary>The members and initiatives that exist, as far as validation needs to know.</summary>
public interface IKnownIds
{
    bool IsMember(string id);

    /// <summary>How many members exist: a list of members is never longer.</summary>
    int MemberCount { get; }

    /// <summary>The initiative's kind, or null when no such initiative exists.</summary>
    InitiativeKind? InitiativeKind(string id);

    /// <summary>The member's kind, or null when not known (no such member, or listed before kinds were kept).</summary>
    MemberKind? MemberKindOf(string id) => null;

    /// <summary>The last day the member counts, or null while it is a member.</summary>
    DateOnly? LeftOnOf(string id) => null;
}
