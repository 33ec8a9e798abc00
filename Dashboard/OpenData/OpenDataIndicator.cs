namespace Collab.Dashboard.OpenData;

/// <summary>An indicator in the open data: its name in the files, whether it counts people (and is therefore protected), and its definition.</summary>
public sealed record OpenDataIndicator(string Name, bool CountsPeople, string DefinitionNl, string DefinitionEn)
{
    public static readonly OpenDataIndicator SupportSessions = new("support-sessions", false,
        "Aantal ondersteuningssessies (pop-up store, bureaubezoek, workshop, helpdesk, online) dat de lid-organisatie gaf in de maand.",
        "Number of support sessions (pop-up store, desk visit, workshop, helpdesk, online) the member gave in the month.");

    public static readonly OpenDataIndicator SupportHours = new("support-hours", false,
        "Duur van die sessies samen, in uren (twee decimalen).",
        "Total duration of those sessions, in hours (two decimals).");

    public static readonly OpenDataIndicator PeopleHelped = new("people-helped", true,
        "Aantal mensen dat in die sessies geholpen is. Telt mensen: onder de minimale groepsgrootte onderdrukt.",
        "Number of people helped in those sessions. Counts people: suppressed below the minimum group size.");

    public static readonly OpenDataIndicator ExchangeDaysGiven = new("exchange-days-given", true,
        "Persoonsdagen kennisdeling en uitwisseling die de lid-organisatie gaf. Telt mensen: onder de minimale groepsgrootte onderdrukt.",
        "Person-days of knowledge sharing and staff exchange the member gave. Counts people: suppressed below the minimum group size.");

    public static readonly OpenDataIndicator Contacts = new("knowledge-contacts", true,
        "Kennisdelingscontacten van gever aan ontvanger in de hele periode (ontvangers buiten de samenwerking samen als 'outside'). Telt contacten tussen twee organisaties: onder de minimale groepsgrootte onderdrukt.",
        "Knowledge-sharing contacts from giver to receiver over the whole period (receivers outside the collaboration together as 'outside'). Counts contacts between two organisations: suppressed below the minimum group size.");

    /// <summary>The indicators of the member × month table, in the order of the files.</summary>
    public static readonly IReadOnlyList<OpenDataIndicator> PerMemberMonth = [SupportSessions, SupportHours, PeopleHelped, ExchangeDaysGiven];
}
