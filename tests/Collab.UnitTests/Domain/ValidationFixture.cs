using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using Kind = Collab.Contracts.Initiatives.InitiativeKind;


namespace Collab.Tests.Domain;

/// <summary>The registrations, known ids and "today" every validation test starts from.</summary>
internal static class ValidationFixture
{
    internal static readonly DateOnly Today = new(2024, 6, 14);
    internal static readonly IKnownIds Known = new KnownIds();

    internal static readonly SupportSession PopUp = new(
        "popup-2024-06-14.ocw:1", Today, "ocw", "ezk", "popup", SupportFormat.PopUpStore, [SupportTopic.Dms, SupportTopic.IBabs],
        12, 180, 25, 8, "eDocs en iBabs aan de balie");

    internal static readonly KnowledgeContact Exchange = new(
        "kd-2024-06-14.ocw", Today, "ocw", "ezk", null, ContactKind.StaffExchange, 2.5m, "Woo", "uitwisseling", "Twee dagen meegelopen");

    internal static readonly ProcurementUpdate Update = new(
        "inkoop-2024-06-14", Today, "archiefinkoop", "ocw", ProcurementPhase.Tender, 300_000m, 200_000m, null, null, []);

    /// <summary>No errors when <paramref name="code"/> is null; otherwise exactly that one error on <paramref name="field"/>.</summary>
    internal static void Expect(ImmutableArray<FieldError> errors, string field, string? code)
    {
        if (code is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal([(field, code)], Codes(errors));
        }
    }

    internal static (string, string)[] Codes(ImmutableArray<FieldError> errors) => [.. errors.Select(e => (e.Field, e.Code.Name()))];

    internal static ImmutableArray<FieldError> Validate(SupportSession s) => RegistrationValidator.Validate(s, Known, Today);

    internal static ImmutableArray<FieldError> Validate(KnowledgeContact c) => RegistrationValidator.Validate(c, Known, Today);

    internal static ImmutableArray<FieldError> Validate(ProcurementUpdate u, ProcurementPhase current) =>
        RegistrationValidator.Validate(u, Known, Today, current);

    internal static DateOnly Day(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class KnownIds : IKnownIds
    {
        public bool IsMember(string id) => id is "ocw" or "ezk" or "duo";

        public int MemberCount => 3;

        public Kind? InitiativeKind(string id) => id switch
        {
            "popup" => Kind.SupportProgramme,
            "uitwisseling" => Kind.KnowledgeExchange,
            "archiefinkoop" => Kind.JointProcurement,
            _ => null,
        };
    }
}
