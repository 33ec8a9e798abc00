using System.Text;

namespace Collab.Tests.Api;

/// <summary>CSV files no import should store: broken quoting, wrong separators, mixed encodings, wrong values, hostile text.</summary>
public static class HostileCsvCorpus
{
    private const string Sessions = "/api/v1/imports/support-sessions";
    private const string Contacts = "/api/v1/imports/knowledge-contacts";
    private const string Updates = "/api/v1/imports/procurement-updates";
    private const string Header = "id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes;note";

    // Two days ahead, not one: the cases are built once, and a run that crosses midnight must still send a future date.
    private static readonly string InTwoDays = DateTime.Today.AddDays(2).ToString("yyyy-MM-dd");

    public static TheoryData<string, string, string, byte[]> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string, byte[]>();
            void Csv(string label, string text, string path = Sessions, string type = "text/csv") => data.Add(label, path, type, Encoding.UTF8.GetBytes(text));
            void Row(string label, string row) => Csv(label, $"{Header}\n{row}\n");
            var id = "hostile-csv";

            Csv("unterminated quote", $"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;\"never closed\n");
            Csv("stray quote inside a cell", $"{Header}\n{id};2024-01-05;ocw;ezk;work\"shop;3;60;x\n");
            Csv("text after a closing quote", $"{Header}\n{id};2024-01-05;ocw;ezk;\"workshop\"x;3;60;x\n");
            Csv("tab separated", Header.Replace(';', '\t') + $"\n{id}\t2024-01-05\tocw\tezk\tworkshop\t3\t60\tx\n");
            Csv("pipe separated", Header.Replace(';', '|') + $"\n{id}|2024-01-05|ocw|ezk|workshop|3|60|x\n");
            Csv("header only", Header + "\n");
            Csv("empty file", string.Empty);
            Csv("byte order mark only", "\uFEFF");
            Csv("required column missing", "id;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\nx;ocw;ezk;workshop;3;60\n");
            Csv("unknown column", Header + ";secret\n" + $"{id};2024-01-05;ocw;ezk;workshop;3;60;x;y\n");
            Csv("too many cells in a row", $"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x;extra;more\n");
            Csv("too few cells in a row", $"{Header}\n{id};2024-01-05;ocw\n");
            Csv("sent as JSON", $"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x\n", type: "application/json");
            Csv("sent as a form", $"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x\n", type: "application/x-www-form-urlencoded");
            Csv("unknown import kind", $"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x\n", path: "/api/v1/imports/salaries");
            Row("negative people helped", $"{id};2024-01-05;ocw;ezk;workshop;-3;60;x");
            Row("huge people helped", $"{id};2024-01-05;ocw;ezk;workshop;99999999999;60;x");
            Row("words for a number", $"{id};2024-01-05;ocw;ezk;workshop;veel;60;x");
            Row("a decimal for whole minutes", $"{id};2024-01-05;ocw;ezk;workshop;3;60,5;x");
            Row("future date", $"{id};{InTwoDays};ocw;ezk;workshop;3;60;x");
            Row("impossible date", $"{id};31-02-2024;ocw;ezk;workshop;3;60;x");
            Row("American date", $"{id};02/13/2024;ocw;ezk;workshop;3;60;x");
            Row("unknown member", $"{id};2024-01-05;nobody;ezk;workshop;3;60;x");
            Row("unknown host", $"{id};2024-01-05;ocw;atlantis;workshop;3;60;x");
            Row("unknown format", $"{id};2024-01-05;ocw;ezk;teleport;3;60;x");
            Row("empty id", $";2024-01-05;ocw;ezk;workshop;3;60;x");
            Row("id with spaces", $"an id;2024-01-05;ocw;ezk;workshop;3;60;x");
            Row("script in the note", $"{id};2024-01-05;ocw;ezk;workshop;3;60;<script>alert(1)</script>");
            Row("control character in the note", $"{id};2024-01-05;ocw;ezk;workshop;3;60;bell\u0007");
            Row("bidirectional override in the note", $"{id};2024-01-05;ocw;ezk;workshop;3;60;ok\u202Egpj.exe");
            Row("note of zero-width spaces only", $"{id};2024-01-05;ocw;ezk;workshop;3;60;\u200B\u200B");
            Csv("a topic twice", $"id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes;topics\n{id};2024-01-05;ocw;ezk;workshop;3;60;dms|dms\n");
            Csv("the same column twice", $"{Header};note\n{id};2024-01-05;ocw;ezk;workshop;3;60;<script>;fine\n");
            Row("100 KB note", $"{id};2024-01-05;ocw;ezk;workshop;3;60;{new string('x', 100 * 1024)}");
            Csv("same id twice with other content", $"{Header}\n{id}-dup;2024-01-05;ocw;ezk;workshop;3;60;a\n{id}-dup;2024-01-05;ocw;ezk;workshop;4;60;a\n");
            Csv("one good row, one bad", $"{Header}\n{id}-good;2024-01-05;ocw;ezk;workshop;3;60;a\n{id}-bad;2024-01-05;ocw;ezk;workshop;-1;60;a\n");
            Csv("contact to a member and outside", $"id;date;fromMemberId;toMemberId;outsideOrganisation;kind;personDays;expertiseArea\n{id};2024-01-05;ocw;ezk;Gemeente X;consultation;1;Woo\n", Contacts);
            Csv("contact with itself", $"id;date;fromMemberId;toMemberId;kind;personDays;expertiseArea\n{id};2024-01-05;ocw;ocw;consultation;1;Woo\n", Contacts);
            Csv("contact with 1,000 person-days", $"id;date;fromMemberId;toMemberId;kind;personDays;expertiseArea\n{id};2024-01-05;ocw;ezk;consultation;1000;Woo\n", Contacts);
            Csv("procurement on a programme", $"id;date;initiativeId;registeredByMemberId;jointCost\n{id};2024-01-05;pop-up-stores;ocw;1000\n", Updates);
            Csv("procurement without a change", $"id;date;initiativeId;registeredByMemberId\n{id};2024-01-05;inkoop-dms-licenties;ocw\n", Updates);
            Csv("procurement with a negative amount", $"id;date;initiativeId;registeredByMemberId;jointCost\n{id};2024-01-05;inkoop-dms-licenties;ocw;-5\n", Updates);
            data.Add("Windows-1252 bytes in a UTF-8 file", Sessions, "text/csv",
                [.. Encoding.UTF8.GetBytes($"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;caf"), 0xE9, (byte)'\n']);
            data.Add("UTF-16 file", Sessions, "text/csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x\n")]);
            data.Add("NUL bytes", Sessions, "text/csv", [.. Encoding.UTF8.GetBytes($"{Header}\n{id};2024-01-05;ocw;ezk;workshop;3;60;x"), 0, 0, (byte)'\n']);
            Csv("more than 50,000 rows", Header + "\n" + string.Concat(Enumerable.Range(0, 50_001).Select(i => $"r{i};2024-01-05;ocw;ezk;workshop;1;5;\n")));
            return data;
        }
    }
}
