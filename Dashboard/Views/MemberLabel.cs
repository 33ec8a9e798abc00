using Collab.Contracts.Indicators;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Views;

/// <summary>
/// A member as a page names it for a date: the abbreviation it carried then (a report over 2023 shows EZK) and, once renamed,
/// the one it carried just before (EZ, "voorheen EZK"). Built from <see cref="MemberProfile.NamedAsOn"/> and <see cref="Formats.Formerly"/>.
/// </summary>
public sealed record MemberLabel(string Id, string Abbreviation, string? Formerly)
{
    public static MemberLabel Of(MemberProfile member, DateOnly on) =>
        new(member.Id, member.NamedAsOn(on).Abbreviation, Formats.Formerly(member, on)?.Abbreviation);

    /// <summary>A member id as named on <paramref name="on"/>; an id that is no member (any more) shows as itself.</summary>
    public static MemberLabel Of(CollaborationFigures figures, string id, DateOnly on) =>
        figures.Members.TryGetValue(id, out var m) ? Of(m.Profile, on) : new(id, id, null);
}
