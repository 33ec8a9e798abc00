using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

internal sealed class KnowledgeContactMap : ActivityMap
{
    public override ImmutableArray<string> Required { get; } = ["id", "date", "fromMemberId", "kind", "personDays", "expertiseArea"];

    public override ImmutableArray<string> Optional { get; } = ["toMemberId", "outsideOrganisation", "initiativeId", "note"];

    public override string OwnerField => ActivityKind.KnowledgeContacts.OwnerField;

    public override IActivity Map(RowCells cells) => new KnowledgeContact(
        cells.Text("id") ?? "",
        cells.Date("date"),
        cells.Text("fromMemberId") ?? "",
        cells.Text("toMemberId"),
        cells.Text("outsideOrganisation"),
        cells.Enum<ContactKind>("kind"),
        cells.Decimal("personDays"),
        cells.Text("expertiseArea") ?? "",
        cells.Text("initiativeId"),
        cells.Text("note"));

    public override ImmutableArray<FieldError> Validate(IActivity activity, IKnownIds known, DateOnly today) =>
        RegistrationValidator.Validate((KnowledgeContact)activity, known, today);
}
