using System.Collections.Immutable;

namespace Collab.Contracts.Indicators;

/// <summary>
/// Published after every accepted change: the collaboration figures' new version and which members and initiatives changed,
/// so a view refreshes only those.
/// </summary>
public sealed record ChangeNotice(long Version, ImmutableArray<string> MemberIds, ImmutableArray<string> InitiativeIds)
{
    public const string Channel = "collab:changes";
}
