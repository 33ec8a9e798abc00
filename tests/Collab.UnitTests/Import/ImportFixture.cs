using System.Text;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Import;
using Collab.Tests.Domain;

namespace Collab.Tests.Import;

/// <summary>The known ids and "today" of the validation tests, plus the demo initiatives the templates name; and short ways to read a file.</summary>
internal static class ImportFixture
{
    internal static readonly DateOnly Today = ValidationFixture.Today; // 2024-06-14
    internal static readonly IKnownIds Known = new KnownIds();

    internal const string SessionHeader =
        "id;date;providingMemberId;hostMemberId;initiativeId;format;topics;peopleHelped;durationMinutes;leaflets;satisfaction;note";

    internal const string ContactHeader = "id;date;fromMemberId;toMemberId;outsideOrganisation;kind;personDays;expertiseArea;initiativeId;note";

    internal const string UpdateHeader =
        "id;date;initiativeId;registeredByMemberId;phase;estimatedCostAlone;jointCost;realisedOneOffSavings;realisedStructuralSavings;joiningMemberIds";

    /// <summary>A valid support session row for <see cref="SessionHeader"/>, with the given id.</summary>
    internal static string SessionRow(string id) => $"{id};2024-06-10;ocw;ezk;popup;desk-visit;dms;12;180;25;8;Aan de balie";

    /// <summary>Reads as the collaboration manager, or as a registrar of <paramref name="registrarOf"/>, with the desk's rights.</summary>
    internal static ImportPreview Read(ImportKind kind, string csv, string? registrarOf = null,
        Func<string, ProcurementPhase>? currentPhase = null) =>
        Read(kind, Encoding.UTF8.GetBytes(csv), registrarOf, currentPhase);

    internal static ImportPreview Read(ImportKind kind, byte[] csv, string? registrarOf = null,
        Func<string, ProcurementPhase>? currentPhase = null)
    {
        var user = registrarOf is null ? DevelopmentIdentity.Create(ApiRoles.CollaborationManager, null, "test")
            : DevelopmentIdentity.Create(ApiRoles.Registrar, registrarOf, "test");
        return CsvImportReader.Read(kind, csv, Known, Today, a => RegistrationRights.Refusal(user, a, _ => null), currentPhase);
    }

    internal static ImportPreview Sessions(string csv) => Read(ImportKind.SupportSessions, csv);

    internal static ImportPreview Contacts(string csv) => Read(ImportKind.KnowledgeContacts, csv);

    internal static ImportPreview Updates(string csv, Func<string, ProcurementPhase>? currentPhase = null) =>
        Read(ImportKind.ProcurementUpdates, csv, currentPhase: currentPhase);

    internal static SupportSession Session(ImportPreview preview) => (SupportSession)Assert.Single(preview.Rows).Activity;

    internal static KnowledgeContact Contact(ImportPreview preview) => (KnowledgeContact)Assert.Single(preview.Rows).Activity;

    internal static ProcurementUpdate Update(ImportPreview preview) => (ProcurementUpdate)Assert.Single(preview.Rows).Activity;

    /// <summary>The row errors as (line, field, message), for one assertion that shows all of them when it fails.</summary>
    internal static (int, string, string)[] Errors(ImportPreview preview) =>
        [.. preview.RowErrors.Select(e => (e.Line, e.Field, e.Message))];

    /// <summary>The one row error of a file that has nothing else wrong.</summary>
    internal static (int, string, string) OnlyError(ImportPreview preview)
    {
        Assert.Empty(preview.FileErrors);
        Assert.Empty(preview.Rows);
        Assert.False(preview.IsStorable);
        return Assert.Single(Errors(preview));
    }

    private sealed class KnownIds : IKnownIds
    {
        public bool IsMember(string id) => ValidationFixture.Known.IsMember(id);

        public int MemberCount => ValidationFixture.Known.MemberCount;

        public InitiativeKind? InitiativeKind(string id) => id switch
        {
            "pop-up-stores" => Contracts.Initiatives.InitiativeKind.SupportProgramme,
            "inkoop-dms-licenties" => Contracts.Initiatives.InitiativeKind.JointProcurement,
            _ => ValidationFixture.Known.InitiativeKind(id),
        };
    }
}
