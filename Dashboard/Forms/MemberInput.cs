using Collab.Contracts.Members;

namespace Collab.Dashboard.Forms;

/// <summary>
/// What the member form holds: by default a new executing agency joining today; or a copy of a stored member being edited,
/// with the revision it was read at. New names with a rename date keep the old ones as a former name.
/// </summary>
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

    public DateOnly? LeftOn { get; set; }

    /// <summary>When the names typed here took effect; empty: they correct the current names instead.</summary>
    public DateOnly? RenamedOn { get; set; }

    /// <summary>The stored profile being edited, or null for a new member.</summary>
    public MemberProfile? Original { get; private init; }

    public long Revision { get; private init; }

    public bool IsNew => Original is null;

    public static MemberInput From(MemberProfile p, long revision) => new()
    {
        Id = p.Id,
        NameNl = p.NameNl,
        NameEn = p.NameEn,
        Abbreviation = p.Abbreviation,
        Kind = p.Kind,
        ParentMinistryId = p.ParentMinistryId ?? string.Empty,
        DivFte = p.DivFte,
        JoinedOn = p.JoinedOn,
        LeftOn = p.LeftOn,
        Original = p,
        Revision = revision,
    };

    public MemberProfile ToProfile()
    {
        var formerNames = Original?.FormerNames;
        if (Original is { } o && RenamedOn is { } renamedOn && (o.NameNl, o.NameEn, o.Abbreviation) != (NameNl.Trim(), NameEn.Trim(), Abbreviation.Trim()))
        {
            formerNames = (formerNames ?? []).Add(new FormerName(o.NameNl, o.NameEn, o.Abbreviation, renamedOn));
        }

        return new(Id.Trim(), NameNl.Trim(), NameEn.Trim(), Abbreviation.Trim(), Kind, FormText.OrNull(ParentMinistryId), DivFte, JoinedOn,
            LeftOn, formerNames);
    }
}
