using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

internal sealed class SupportSessionMap : ActivityMap
{
    public override ImmutableArray<string> Required { get; } =
        ["id", "date", "providingMemberId", "hostMemberId", "format", "peopleHelped", "durationMinutes"];

    public override ImmutableArray<string> Optional { get; } = ["initiativeId", "topics", "leaflets", "satisfaction", "note"];

    public override string OwnerField => ActivityKind.SupportSessions.OwnerField;

    public override IActivity Map(RowCells cells) => new SupportSession(
        cells.Text("id") ?? "",
        cells.Date("date"),
        cells.Text("providingMemberId") ?? "",
        cells.Text("hostMemberId") ?? "",
        cells.Text("initiativeId"),
        cells.Enum<SupportFormat>("format"),
        cells.EnumList<SupportTopic>("topics"),
        cells.Int("peopleHelped"),
        cells.Int("durationMinutes"),
        cells.Int("leaflets", whenEmpty: 0),
        cells.OptionalInt("satisfaction"),
        cells.Text("note"));

    public override ImmutableArray<FieldError> Validate(IActivity activity, IKnownIds known, DateOnly today) =>
        RegistrationValidator.Validate((SupportSession)activity, known, today);
}
