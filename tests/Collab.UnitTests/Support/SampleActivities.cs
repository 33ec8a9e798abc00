using Collab.Contracts.Activities;

namespace Collab.Tests.Support;

public static class SampleActivities
{
    public static readonly DateOnly Day = new(2025, 3, 14);

    public static SupportSession Session(string id, string provider = "ocw", string host = "ezk", int people = 10, DateOnly? date = null, string? initiative = null) =>
        new(id, date ?? Day, provider, host, initiative, SupportFormat.PopUpStore, [SupportTopic.Dms, SupportTopic.Openness], people, 120, 5, 8);

    public static KnowledgeContact Contact(string id, string from = "ocw", string? to = "ezk", decimal days = 2, DateOnly? date = null) =>
        new(id, date ?? Day, from, to, to is null ? "Rijkswaterstaat" : null, ContactKind.StaffExchange, days, "Archiefwet", null);
}
