using System.Text.Json.Nodes;

namespace Collab.Tests.Api;

/// <summary>Requests no caller should get stored: wrong types, missing fields, absurd numbers, unknown ids, odd dates, huge or hostile text, broken JSON.</summary>
public static class HostileCorpus
{
    public const string Json = "application/json";
    private const string Sessions = "/api/v1/support-sessions";
    private const string Contacts = "/api/v1/knowledge-contacts";
    private const string Updates = "/api/v1/procurement-updates";

    private static readonly string Huge = new('x', 100 * 1024);
    // Two days ahead, not one: the cases are built once, and a run that crosses midnight must still send a future date.
    private static readonly string InTwoDays = DateOnly.FromDateTime(DateTime.Today.AddDays(2)).ToString("yyyy-MM-dd");

    public static TheoryData<string, string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            void Session(string label, Action<JsonObject> change) => data.Add(label, Sessions, Json, Mutate(SessionBody(), change));
            void Contact(string label, Action<JsonObject> change) => data.Add(label, Contacts, Json, Mutate(ContactBody(), change));
            void Update(string label, Action<JsonObject> change) => data.Add(label, Updates, Json, Mutate(UpdateBody(), change));
            void Raw(string label, string path, string type, string body) => data.Add(label, path, type, body);

            foreach (var name in new[] { "id", "date", "providingMemberId", "hostMemberId", "durationMinutes", "format", "peopleHelped" })
            {
                Session($"session without {name}", o => o.Remove(name));
            }

            foreach (var name in new[] { "id", "date", "fromMemberId", "expertiseArea", "kind", "personDays" })
            {
                Contact($"contact without {name}", o => o.Remove(name));
            }

            foreach (var (name, value) in new (string, JsonNode?)[]
            {
                ("id", 42), ("date", "yesterday"), ("date", 20250101), ("date", null), ("providingMemberId", 123), ("hostMemberId", new JsonArray()),
                ("format", "teleport"), ("format", null), ("topics", "dms"), ("topics", new JsonArray("unknown")), ("topics", new JsonArray((JsonNode?)null)),
                ("peopleHelped", "many"), ("peopleHelped", null), ("peopleHelped", 2147483648L), ("peopleHelped", 1e20), ("durationMinutes", 1.5),
                ("leaflets", true), ("satisfaction", "good"), ("satisfaction", 7.5), ("note", new JsonObject()),
            })
            {
                Session($"session {name} = {value?.ToJsonString() ?? "null"}", o => o[name] = value?.DeepClone());
            }

            foreach (var (name, value) in new (string, int)[]
            {
                ("peopleHelped", -1), ("peopleHelped", 100_001), ("durationMinutes", 0), ("durationMinutes", 1441), ("durationMinutes", -5),
                ("leaflets", -1), ("leaflets", 100_001), ("satisfaction", 0), ("satisfaction", 11), ("satisfaction", -3),
            })
            {
                Session($"session {name} = {value}", o => o[name] = value);
            }

            foreach (var (name, value) in new (string, string)[]
            {
                ("providingMemberId", "nobody"), ("hostMemberId", "nobody"), ("initiativeId", "nobody"),
                ("date", InTwoDays), ("date", "2100-01-01"), ("date", "1999-12-31"), ("date", "2025-02-30"), ("date", ""),
                ("id", Huge), ("note", Huge), ("hostMemberId", Huge), ("id", new string('a', 65)), ("id", "bad id"), ("id", "-starts-with-dash"),
                ("id", "émigré"), ("id", "a\u0000b"), ("id", "<x>"), ("note", new string('n', 501)), ("note", "\u0000"), ("note", "\u001b[31mred"),
                ("note", "<script>alert(1)</script>"), ("note", "<b>bold</b>"),
            })
            {
                Session($"session {name} = {Label(value)}", o => o[name] = value);
            }

            foreach (var (name, value) in new (string, JsonNode?)[]
            {
                ("toMemberId", "ocw"), ("outsideOrganisation", "Rijkswaterstaat"), ("personDays", -1), ("personDays", 367), ("personDays", "x"),
                ("kind", "gossip"), ("toMemberId", 5), ("expertiseArea", ""), ("expertiseArea", Huge), ("expertiseArea", "\u0007"),
                ("expertiseArea", "<img src=x onerror=alert(1)>"), ("date", InTwoDays),
            })
            {
                Contact($"contact {name} = {Label(value?.ToJsonString() ?? "null")}", o => o[name] = value?.DeepClone());
            }

            Contact("contact to nobody at all", o => o.Remove("toMemberId"));
            Contact("contact outside organisation too long", o => { o.Remove("toMemberId"); o["outsideOrganisation"] = new string('o', 201); });
            Contact("contact outside organisation with markup", o => { o.Remove("toMemberId"); o["outsideOrganisation"] = "<svg onload=alert(1)>"; });
            Contact("contact outside organisation with a control character", o => { o.Remove("toMemberId"); o["outsideOrganisation"] = "\u0000Gemeente"; });

            Update("update for a support programme", o => o["initiativeId"] = "pop-up-stores");
            // Dated today, when the demo trajectory is contracted: orientation lies behind it.
            Update("update moving back to orientation", o => { o["date"] = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"); o["phase"] = "orientation"; });
            Update("update with a negative amount", o => o["jointCost"] = -1);
            Update("update with a ten-trillion amount", o => o["jointCost"] = 1e13);
            Update("update that changes nothing", o => o.Remove("joiningMemberIds"));
            Update("update joining an unknown member", o => o["joiningMemberIds"] = new JsonArray("nobody"));
            Update("update with an unknown phase", o => o["phase"] = "party");
            Update("update without an initiative", o => o.Remove("initiativeId"));

            Raw("truncated JSON", Sessions, Json, "{\"id\": \"x\", \"date\": ");
            Raw("trailing comma", Sessions, Json, SessionBody().ToJsonString()[..^1] + ",}");
            Raw("single quotes", Sessions, Json, "{'id': 'x'}");
            Raw("NaN", Sessions, Json, "{\"peopleHelped\": NaN}");
            Raw("comments", Sessions, Json, "/* hi */ {\"id\": \"x\"}");
            Raw("empty body", Sessions, Json, string.Empty);
            Raw("null body", Sessions, Json, "null");
            Raw("array instead of object", Sessions, Json, "[]");
            Raw("a bare string", Sessions, Json, "\"x\"");
            Raw("deeply nested", Sessions, Json, new string('[', 100) + new string(']', 100));
            Raw("text/plain", Sessions, "text/plain", SessionBody().ToJsonString());
            Raw("application/xml", Sessions, "application/xml", "<session id=\"x\"/>");
            Raw("form-urlencoded", Sessions, "application/x-www-form-urlencoded", "id=x&date=2025-01-01");
            Raw("multipart", Sessions, "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nx\r\n--b--");
            Raw("empty batch", Sessions + "/batch", Json, "[]");
            Raw("batch of 1001", Sessions + "/batch", Json, "[" + string.Join(",", Enumerable.Repeat(SessionBody().ToJsonString(), 1001)) + "]");
            return data;
        }
    }

    /// <summary>
    /// Member profiles no manager should get stored: label, the field the problem must name, and the body ("{id}" becomes a fresh id).
    /// The state is unchanged afterwards: the fresh id does not exist.
    /// </summary>
    public static TheoryData<string, string, string> ProfileCases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            void Member(string label, string named, Action<JsonObject> change) => data.Add(label, named, Mutate(MemberBody(), change));
            JsonObject Former(string nl, string abbreviation, string renamedOn) =>
                new() { ["nameNl"] = nl, ["nameEn"] = nl, ["abbreviation"] = abbreviation, ["renamedOn"] = renamedOn };

            Member("member leaving before it joined", "leftOn", o => o["leftOn"] = "2024-12-31");
            Member("member leaving in two days", "leftOn", o => o["leftOn"] = InTwoDays);
            Member("member with 0 DIV FTE", "divFte", o => o["divFte"] = 0);
            Member("member with negative DIV FTE", "divFte", o => o["divFte"] = -2.5);
            Member("agency under an agency", "parentMinistryId", o => o["parentMinistryId"] = "duo");
            Member("agency under itself", "parentMinistryId", o => o["parentMinistryId"] = "{id}");
            Member("agency without a parent", "parentMinistryId", o => o.Remove("parentMinistryId"));
            Member("ministry under an agency", "parentMinistryId", o => { o["kind"] = "ministry"; o["parentMinistryId"] = "rvo"; });
            Member("renames out of order", "formerNames", o => o["formerNames"] = new JsonArray(Former("B", "B", "2025-06-01"), Former("A", "A", "2025-03-01")));
            Member("rename before joining", "formerNames", o => o["formerNames"] = new JsonArray(Former("A", "A", "2024-06-01")));
            Member("rename in the future", "formerNames", o => o["formerNames"] = new JsonArray(Former("A", "A", InTwoDays)));
            Member("former name without abbreviation", "formerNames", o => o["formerNames"] = new JsonArray(Former("A", "", "2025-03-01")));
            Member("former name with markup", "formerNames", o => o["formerNames"] = new JsonArray(Former("<script>x</script>", "A", "2025-03-01")));
            Member("former name with a control character", "formerNames", o => o["formerNames"] = new JsonArray(Former("A\u0007", "A", "2025-03-01")));
            Member("21 former names", "formerNames", o => o["formerNames"] = new JsonArray([.. Enumerable.Range(1, 21)
                .Select(i => (JsonNode?)Former("A", "A", new DateOnly(2025, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))]));
            return data;
        }
    }

    private static JsonObject MemberBody() => new()
    {
        ["id"] = "{id}",
        ["nameNl"] = "Vijandige Dienst",
        ["nameEn"] = "Hostile Service",
        ["abbreviation"] = "VD",
        ["kind"] = "executing-agency",
        ["parentMinistryId"] = "ocw",
        ["divFte"] = 3,
        ["joinedOn"] = "2025-01-01",
    };

    internal static JsonObject SessionBody() => new()
    {
        ["id"] = "hostile-session",
        ["date"] = "2025-05-05",
        ["providingMemberId"] = "ocw",
        ["hostMemberId"] = "ezk",
        ["format"] = "pop-up-store",
        ["topics"] = new JsonArray("dms"),
        ["peopleHelped"] = 3,
        ["durationMinutes"] = 60,
        ["leaflets"] = 1,
        ["satisfaction"] = 8,
    };

    internal static JsonObject ContactBody() => new()
    {
        ["id"] = "hostile-contact",
        ["date"] = "2025-05-05",
        ["fromMemberId"] = "ocw",
        ["toMemberId"] = "ezk",
        ["kind"] = "consultation",
        ["personDays"] = 1,
        ["expertiseArea"] = "Archiefwet",
    };

    internal static JsonObject UpdateBody() => new()
    {
        ["id"] = "hostile-update",
        ["date"] = "2025-05-05",
        ["initiativeId"] = "inkoop-dms-licenties",
        ["registeredByMemberId"] = "ocw",
        ["joiningMemberIds"] = new JsonArray("lnv"),
    };

    private static string Mutate(JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body.ToJsonString();
    }

    private static string Label(string value) => value.Length > 24 ? $"{value[..12]}… ({value.Length} chars)" : value.Replace("\u0000", "\\0", StringComparison.Ordinal);
}
