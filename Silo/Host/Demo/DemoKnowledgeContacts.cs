using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using static Collab.Contracts.Activities.ContactKind;

namespace Collab.Silo.Demo;

/// <summary>One kennisdelingscontact: DIV staff lent out both ways, sessions given, and knowledge shared outside the collaboration.</summary>
internal static class DemoKnowledgeContacts
{
    private static readonly string[] Outside =
    [
        "Ministerie van BZK", "Rijkswaterstaat", "Gemeente Den Haag", "Ministerie van Financiën", "Logius", "Provincie Zuid-Holland",
    ];

    private static readonly string[] Expertise =
    [
        "Woo-verzoeken", "Archiefwet", "eDocs-inrichting", "iBabs-beheer", "Recordmanagement", "AVG en persoonsgegevens",
        "Kwaliteitscontrole informatieprocessen", "Selectielijsten", "Digitaal archiveren", "Procesadvies informatiehuishouding",
    ];

    public static KnowledgeContact Create(DemoContext context, MemberProfile member, DateOnly date)
    {
        var random = context.Random;
        var others = context.OthersOn(date, member.Id);
        // About one contact in six goes outside the collaboration, as staff also share with other departments.
        var toOutside = others.Count == 0 || random.Chance(0.17);
        var kind = random.Weighted((StaffExchange, 40), (KnowledgeSession, 30), (JointDevelopment, 15), (Consultation, 15));
        var days = kind switch
        {
            StaffExchange => random.Steps(1, 10, 0.5m),
            KnowledgeSession => random.Steps(0.5m, 2, 0.5m),
            JointDevelopment => random.Steps(1, 5, 0.5m),
            _ => random.Steps(0.5m, 1.5m, 0.5m),
        };
        var initiative = kind switch
        {
            StaffExchange or JointDevelopment when !toOutside => context.Initiative(DemoInitiatives.StaffExchange, member.Id, date),
            KnowledgeSession => context.Initiative(DemoInitiatives.Training, member.Id, date),
            _ => null,
        };

        return new KnowledgeContact(
            context.Ids.Contact(), date, member.Id,
            toOutside ? null : Receiver(random, member, others),
            toOutside ? random.Pick(Outside) : null,
            kind, days, random.Pick(Expertise), initiative);
    }

    // Agencies lean on their parent ministry; ministries spread evenly.
    private static string Receiver(Random random, MemberProfile member, IReadOnlyList<MemberProfile> others) =>
        member.ParentMinistryId is { } parent && others.Any(o => o.Id == parent) && random.Chance(0.5) ? parent : random.Pick(others).Id;
}
