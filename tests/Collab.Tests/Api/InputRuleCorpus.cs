using System.Text.Json.Nodes;

namespace Collab.Tests.Api;

/// <summary>
/// Input that must mean one thing, each with the field its refusal names: duplicate JSON keys, lists longer than what exists
/// or with repeats, bidirectional controls, and text of invisible characters only. API single and onboarding, and CSV.
/// </summary>
public static class InputRuleCorpus
{
    private const string Sessions = "/api/v1/support-sessions";
    private const string Contacts = "/api/v1/knowledge-contacts";
    private const string Updates = "/api/v1/procurement-updates";
    private const string CsvHeader = "id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes;topics;note";

    /// <summary>Label, path, JSON body, and the field (or JSON path) the problem details must name.</summary>
    public static TheoryData<string, string, string, string> Api
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            void Session(string label, Action<JsonObject> change, string named) => data.Add(label, Sessions, Mutate(HostileCorpus.SessionBody(), change), named);
            void Contact(string label, Action<JsonObject> change, string named) => data.Add(label, Contacts, Mutate(HostileCorpus.ContactBody(), change), named);
            void Update(string label, Action<JsonObject> change, string named) => data.Add(label, Updates, Mutate(HostileCorpus.UpdateBody(), change), named);

            // A hostile first value hidden behind an innocent second one: the last must not silently win.
            data.Add("session with note twice", Sessions, Twice(HostileCorpus.SessionBody(), "note", "<script>alert(1)</script>", "\"fine\""), "$.note");
            data.Add("session with peopleHelped twice", Sessions, Twice(HostileCorpus.SessionBody(), "peopleHelped", -1, "3"), "$.peopleHelped");
            data.Add("session with id twice in other case", Sessions, AppendRaw(HostileCorpus.SessionBody().ToJsonString(), "\"ID\":\"other-id\""), "$.ID");
            data.Add("session with topics twice", Sessions, AppendRaw(HostileCorpus.SessionBody().ToJsonString(), "\"topics\":[\"privacy\"]"), "$.topics");
            data.Add("contact with expertiseArea twice", Contacts, Twice(HostileCorpus.ContactBody(), "expertiseArea", "\u202Eexe.txt", "\"Woo\""), "$.expertiseArea");
            data.Add("update with joiningMemberIds twice", Updates, AppendRaw(HostileCorpus.UpdateBody().ToJsonString(), "\"joiningMemberIds\":[\"duo\"]"), "$.joiningMemberIds");
            data.Add("batch item with id twice", Sessions + "/batch",
                $"[{HostileCorpus.SessionBody().ToJsonString()},{AppendRaw(HostileCorpus.SessionBody().ToJsonString(), "\"id\":\"second\"")}]", "$[1].id");
            data.Add("member with nameNl twice", "/api/v1/members", AppendRaw(Member("hostile-dup-key"), "\"nameNl\":\"Tweede\""), "$.nameNl");

            Session("session with a topic twice", o => o["topics"] = new JsonArray("dms", "privacy", "dms"), "topics");
            Session("session with seven topics", o => o["topics"] = new JsonArray("dms", "i-babs", "records-management", "openness", "privacy", "other", "dms"), "topics");
            Session("session with ten thousand topics", o => o["topics"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(_ => (JsonNode?)"dms")]), "topics");
            Update("update with a joining member twice", o => o["joiningMemberIds"] = new JsonArray("lnv", "lnv"), "joiningMemberIds");
            Update("update with more joining members than exist", o => o["joiningMemberIds"] = new JsonArray([.. Enumerable.Range(0, 500).Select(i => (JsonNode?)$"m{i}")]), "joiningMemberIds");

            foreach (var control in new[] { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069" })
            {
                Session($"session note with U+{(int)control[0]:X4}", o => o["note"] = $"ok{control}gpj.exe", "note");
            }

            Contact("contact expertise with an override", o => o["expertiseArea"] = "Archief\u202Ewet", "expertiseArea");
            Contact("outside organisation with an isolate", o => { o.Remove("toMemberId"); o["outsideOrganisation"] = "\u2067Gemeente\u2069"; }, "outsideOrganisation");
            foreach (var (label, text) in new[] { ("zero-width space", "\u200B"), ("word joiner and BOM", "\u2060\uFEFF"), ("Hangul filler", "\u3164"), ("no-break spaces and a zero-width joiner", "\u00A0\u200D\u00A0") })
            {
                Session($"session note of only {label}", o => o["note"] = text, "note");
                Contact($"outside organisation of only {label}", o => { o.Remove("toMemberId"); o["outsideOrganisation"] = text; }, "outsideOrganisation");
            }

            Contact("contact expertise of only a zero-width space", o => o["expertiseArea"] = "\u200B", "expertiseArea");
            data.Add("member name with an override", "/api/v1/members", Mutate(JsonNode.Parse(Member("hostile-bidi"))!.AsObject(), o => o["nameNl"] = "Dienst\u202E"), "nameNl");
            data.Add("member abbreviation of only a zero-width space", "/api/v1/members", Mutate(JsonNode.Parse(Member("hostile-blank"))!.AsObject(), o => o["abbreviation"] = "\u200B"), "abbreviation");
            data.Add("initiative with a participant twice", "/api/v1/initiatives", Initiative(new JsonArray("ocw", "ezk", "ocw")), "participantIds");
            return data;
        }
    }

    /// <summary>Label and CSV text of a support-session import, and the column the row error must name.</summary>
    public static TheoryData<string, string, string> Csv
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            void Row(string label, string topics, string note, string named) =>
                data.Add(label, $"{CsvHeader}\ncsv-rule;2024-01-05;ocw;ezk;workshop;3;60;{topics};{note}\n", named);
            Row("a topic twice", "dms|privacy|dms", "x", "topics");
            Row("seven topics", "dms|i-babs|records-management|openness|privacy|other|dms", "x", "topics");
            Row("a note with a right-to-left override", "dms", "ok\u202Egpj.exe", "note");
            Row("a note with a first-strong isolate", "dms", "\u2068x\u2069", "note");
            Row("a note of only zero-width spaces", "dms", "\u200B\u200B", "note");
            Row("a note of only a Hangul filler", "dms", "\u3164", "note");
            data.Add("the same column twice", $"id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes;note;note\n"
                + "csv-rule;2024-01-05;ocw;ezk;workshop;3;60;<script>;fine\n", "note");
            return data;
        }
    }

    private static string Member(string id) => new JsonObject
    {
        ["id"] = id,
        ["nameNl"] = "Dienst",
        ["nameEn"] = "Agency",
        ["abbreviation"] = "DNST",
        ["kind"] = "other",
        ["divFte"] = 3,
        ["joinedOn"] = "2024-01-01",
        ["status"] = "active",
    }.ToJsonString();

    private static string Initiative(JsonArray participants) => new JsonObject
    {
        ["id"] = "hostile-initiative",
        ["titleNl"] = "Vijandig",
        ["titleEn"] = "Hostile",
        ["kind"] = "training",
        ["leadMemberId"] = "ocw",
        ["participantIds"] = participants,
        ["start"] = "2024-01-01",
        ["targets"] = new JsonObject(),
    }.ToJsonString();

    private static string Mutate(JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body.ToJsonString();
    }

    /// <summary>The body with <paramref name="key"/> set to <paramref name="first"/>, then the same key again with the raw JSON <paramref name="second"/>.</summary>
    private static string Twice(JsonObject body, string key, JsonNode first, string second)
    {
        body[key] = first;
        return AppendRaw(body.ToJsonString(), $"\"{key}\":{second}");
    }

    private static string AppendRaw(string json, string member) => json[..^1] + "," + member + "}";
}
