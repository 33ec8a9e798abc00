namespace Collab.Contracts.Members;

/// <summary>Who a member organisation is; <see cref="DivFte"/> is the denominator for fair comparison.</summary>
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
    [property: Id(8)] MemberStatus Status = MemberStatus.Active);
