using Collab.Contracts.Activities;

namespace Collab.Tests.Api;

/// <summary>What a registrar of OCW could send from a form (or a tampered live connection) that must never be stored.</summary>
public static class HostileFormCorpus
{
    private static readonly DateOnly Day = new(2024, 1, 5);

    private static SupportSession Session(string id) => new(id, Day, "ocw", "ezk", null, SupportFormat.Workshop, [SupportTopic.Dms], 3, 60, 0, null);

    private static KnowledgeContact Contact(string id) => new(id, Day, "ocw", "ezk", null, ContactKind.Consultation, 1m, "Woo", null);

    private static ProcurementUpdate Update(string id) => new(id, Day, "inkoop-dms-licenties", "ocw", null, null, 100m, null, null, []);

    public static readonly IReadOnlyDictionary<string, Func<string, IActivity>> All = new Dictionary<string, Func<string, IActivity>>
    {
        ["session for another member"] = id => Session(id) with { ProvidingMemberId = "ezk" },
        ["session without a member"] = id => Session(id) with { ProvidingMemberId = "" },
        ["session for an unknown host"] = id => Session(id) with { HostMemberId = "atlantis" },
        ["session with negative people"] = id => Session(id) with { PeopleHelped = -1 },
        ["session with a million people"] = id => Session(id) with { PeopleHelped = 1_000_000 },
        ["session of zero minutes"] = id => Session(id) with { DurationMinutes = 0 },
        ["session of two days"] = id => Session(id) with { DurationMinutes = 2 * 24 * 60 },
        ["session graded 11"] = id => Session(id) with { Satisfaction = 11 },
        ["session tomorrow"] = id => Session(id) with { Date = DateOnly.FromDateTime(DateTime.Today.AddDays(1)) },
        ["session in 1999"] = id => Session(id) with { Date = new DateOnly(1999, 12, 31) },
        ["session with an undefined format"] = id => Session(id) with { Format = (SupportFormat)99 },
        ["session with an undefined topic"] = id => Session(id) with { Topics = [(SupportTopic)42] },
        ["session with markup in the note"] = id => Session(id) with { Note = "<img src=x onerror=alert(1)>" },
        ["session with control characters in the note"] = id => Session(id) with { Note = "line\u0000break" },
        ["session with a 100 KB note"] = id => Session(id) with { Note = new string('x', 100 * 1024) },
        ["session for an unknown initiative"] = id => Session(id) with { InitiativeId = "nothing" },
        ["session with an empty id"] = id => Session(""),
        ["session with a 100 KB id"] = id => Session(new string('i', 100 * 1024)),
        ["contact for another member"] = id => Contact(id) with { FromMemberId = "lnv" },
        ["contact with itself"] = id => Contact(id) with { ToMemberId = "ocw" },
        ["contact to nobody"] = id => Contact(id) with { ToMemberId = null },
        ["contact to a member and outside"] = id => Contact(id) with { OutsideOrganisation = "Gemeente X" },
        ["contact with negative days"] = id => Contact(id) with { PersonDays = -0.5m },
        ["contact with script in the expertise"] = id => Contact(id) with { ExpertiseArea = "<script>x</script>" },
        ["contact without expertise"] = id => Contact(id) with { ExpertiseArea = " " },
        ["procurement for another member"] = id => Update(id) with { RegisteredByMemberId = "ezk" },
        ["procurement on a programme"] = id => Update(id) with { InitiativeId = "pop-up-stores" },
        ["procurement on no initiative"] = id => Update(id) with { InitiativeId = "" },
        ["procurement without a change"] = id => Update(id) with { JointCost = null },
        ["procurement with a negative amount"] = id => Update(id) with { JointCost = -1m },
        ["procurement with an absurd amount"] = id => Update(id) with { JointCost = 1e15m },
        ["procurement joining an unknown member"] = id => Update(id) with { JoiningMemberIds = ["atlantis"] },
        ["session with a topic twice"] = id => Session(id) with { Topics = [SupportTopic.Dms, SupportTopic.Privacy, SupportTopic.Dms] },
        ["session with seven topics"] = id => Session(id) with { Topics = [.. Enum.GetValues<SupportTopic>(), SupportTopic.Dms] },
        ["session with a right-to-left override in the note"] = id => Session(id) with { Note = "ok\u202Egpj.exe" },
        ["session with a note of zero-width spaces"] = id => Session(id) with { Note = "\u200B\u200B" },
        ["contact with an isolate in the expertise"] = id => Contact(id) with { ExpertiseArea = "\u2066Woo\u2069" },
        ["contact to an outside organisation of a Hangul filler"] = id => Contact(id) with { ToMemberId = null, OutsideOrganisation = "\u3164" },
        ["procurement joining a member twice"] = id => Update(id) with { JoiningMemberIds = ["lnv", "lnv"] },
        ["procurement joining more members than exist"] = id => Update(id) with { JoiningMemberIds = [.. Enumerable.Range(0, 500).Select(i => $"m{i}")] },
    };

    public static TheoryData<string> Cases => [.. All.Keys];
}
