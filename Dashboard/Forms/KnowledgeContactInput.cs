using Collab.Contracts.Activities;

namespace Collab.Dashboard.Forms;

/// <summary>What the knowledge-sharing form holds: the receiver is a member or, when <see cref="Outside"/>, an organisation outside.</summary>
public sealed class KnowledgeContactInput
{
    public string FromMemberId { get; set; } = string.Empty;

    public bool Outside { get; set; }

    public string ToMemberId { get; set; } = string.Empty;

    public string OutsideOrganisation { get; set; } = string.Empty;

    public ContactKind Kind { get; set; } = ContactKind.KnowledgeSession;

    public decimal PersonDays { get; set; } = 0.5m;

    public string ExpertiseArea { get; set; } = string.Empty;

    public string InitiativeId { get; set; } = string.Empty;

    public string? Note { get; set; }

    public KnowledgeContact ToActivity(string id, DateOnly date) => new(id, date, FromMemberId, Outside ? null : FormText.OrNull(ToMemberId),
        Outside ? FormText.OrNull(OutsideOrganisation) : null, Kind, PersonDays, ExpertiseArea.Trim(), FormText.OrNull(InitiativeId), FormText.OrNull(Note));
}
