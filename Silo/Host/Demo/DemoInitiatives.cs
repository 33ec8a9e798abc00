using System.Collections.Immutable;
using Collab.Contracts.Initiatives;
using static Collab.Silo.Demo.DemoMembers;

namespace Collab.Silo.Demo;

/// <summary>
/// The shared initiatives of the story; targets belong to each one's term, which runs on past today (except the staff
/// exchange, which has no end date), so the dashboard shows targets with a forecast and a status.
/// </summary>
internal static class DemoInitiatives
{
    public const string PopUpStores = "pop-up-stores";
    public const string StaffExchange = "uitwisseling-div-medewerkers";
    public const string DmsLicences = "inkoop-dms-licenties";
    public const string Scanning = "inkoop-scandiensten";
    public const string Training = "opleiding-informatieadviseur";

    /// <summary>The month of the window in which the scanning trajectory starts its orientation.</summary>
    public const int ScanningStartMonth = 12;

    public static ImmutableArray<InitiativeProfile> Create(DemoWindow window) =>
    [
        new(PopUpStores, "Pop-up stores op de werkplek", "Pop-up stores at the desk", InitiativeKind.SupportProgramme, Ocw,
            [Ocw, Ezk, Lnv, Duo, Na, Nvwa], window.NotBeforeWindow(new DateOnly(2017, 6, 1)), window.Month(30).AddDays(-1),
            Targets((Indicator.SupportSessions, 600), (Indicator.PeopleHelped, 9000), (Indicator.SupportHours, 1200))),
        new(StaffExchange, "Uitwisseling van DIV-medewerkers", "Exchange of DIV staff", InitiativeKind.KnowledgeExchange, Ezk,
            [Ezk, Ocw, Lnv, Duo, Na, Rvo], window.NotBeforeWindow(new DateOnly(2017, 1, 1)), null,
            Targets((Indicator.KnowledgeContacts, 250), (Indicator.ExchangeDays, 1200))),
        new(DmsLicences, "Gezamenlijke inkoop DMS-licenties", "Joint procurement of DMS licences", InitiativeKind.JointProcurement, Ezk,
            [Ezk, Ocw, Lnv, Duo, Rvo], window.From, window.Month(25).AddDays(-1),
            Targets((Indicator.RealisedSavings, 300_000))),
        new(Scanning, "Gezamenlijke inkoop scan- en digitaliseringsdiensten", "Joint procurement of scanning and digitisation services",
            InitiativeKind.JointProcurement, Ocw, [Ocw, Ezk, Na], window.Month(ScanningStartMonth), window.Month(ScanningStartMonth + 18).AddDays(-1),
            Targets((Indicator.RealisedSavings, 120_000))),
        new(Training, "Opleiding informatieadviseur", "Information adviser training", InitiativeKind.Training, Lnv,
            [Lnv, Ocw, Ezk, Duo, Na, Rvo, Nvwa], window.NotBeforeWindow(new DateOnly(2018, 1, 1)), window.Month(28).AddDays(-1),
            Targets((Indicator.SupportSessions, 220), (Indicator.PeopleHelped, 3500), (Indicator.KnowledgeContacts, 180))),
    ];

    private static ImmutableDictionary<Indicator, decimal> Targets(params (Indicator Indicator, decimal Value)[] targets) =>
        targets.ToImmutableDictionary(t => t.Indicator, t => t.Value);

    /// <summary>The initiative an activity belongs to, when the member takes part and it had started by then.</summary>
    public static string? For(ImmutableArray<InitiativeProfile> initiatives, string id, string memberId, DateOnly date) =>
        initiatives.FirstOrDefault(i => i.Id == id) is { } i && i.ParticipantIds.Contains(memberId) && i.Start <= date ? id : null;
}
