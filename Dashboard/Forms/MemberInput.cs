using Collab.Contracts.Members;

namespace Collab.Dashboard.Forms;

/// <summary>What the onboarding form holds for a new member: by default an executing agency joining today.</summary>
public sealed class MemberInput
{
    public string Id { get; set; } = string.Empty;

    public string NameNl { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string Abbreviation { get; set; } = string.Empty;

    public MemberKind Kind { get; set; } = MemberKind.ExecutingAgency;

    public string ParentMinistryId { get; set; } = string.Empty;

    public decimal DivFte { get; set; }

    public DateOnly JoinedOn { get; set; }

    public MemberProfile ToProfile() => new(Id.Trim(), NameNl.Trim(), NameEn.Trim(), Abbreviation.Trim(), Kind,
        FormText.OrNull(ParentMinistryId), DivFte, JoinedOn);
}
