using System.Collections.Immutable;

namespace Collab.Contracts.Indicators;

/// <summary>
/// Published after each batch the collaboration view applies: its new version and which members and initiatives changed.
/// Every open page re-reads the whole figures on a notice (and never steps back to an older version); the ids say what
/// changed, for logs and tests, not for the pages.
/// </summary>
public sealed record ChangeNotice(long Version, ImmutableArray<string> MemberIds, ImmutableArray<string> InitiativeIds)
{
    public const string Channel = "collab:changes";
}
