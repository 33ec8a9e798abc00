using System.Collections.Immutable;

namespace Collab.Contracts.Members;

/// <summary>
/// Who a member organisation is; <see cref="DivFte"/> is the denominator for fair comparison. The names are the current ones;
/// <see cref="FormerNames"/> holds the earlier ones, oldest first. Nothing dated after <see cref="LeftOn"/> counts for it.
/// </summary>
/// <remarks>Id 8 held the old, never-read status; it stays unused so stored profiles keep reading.</remarks>
[GenerateSerializer, Immutable]
public sealed record MemberProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string NameNl,
    [property: Id(2)] string NameEn,
    [property: Id(3)] string Abbreviation,
    [property: Id(4)] MemberKind Kind,
    [property: Id(5)] string? ParentMinistryId,
    [property: Id(6)] decimal DivFte,
    [property: Id(7)] DateOnly JoinedOn,
    [property: Id(9)] DateOnly? LeftOn = null,
    [property: Id(10)] ImmutableList<FormerName>? FormerNames = null)
{
    /// <summary>Member on <paramref name="date"/>: joined by then and not left before.</summary>
    public bool IsMemberOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn >= date);

    /// <summary>Member at some day between <paramref name="from"/> and <paramref name="to"/> (both included).</summary>
    public bool IsMemberDuring(DateOnly from, DateOnly to) => JoinedOn <= to && (LeftOn is null || LeftOn >= from);

    /// <summary>The name this member carried on <paramref name="date"/>, or null when that is the current name.</summary>
    public FormerName? FormerNameOn(DateOnly date) => FormerNames?.FirstOrDefault(f => date < f.RenamedOn);

    /// <summary>This profile under the names it carried on <paramref name="date"/>.</summary>
    public MemberProfile NamedAsOn(DateOnly date) => FormerNameOn(date) is { } f
        ? this with { NameNl = f.NameNl, NameEn = f.NameEn, Abbreviation = f.Abbreviation }
        : this;
}
