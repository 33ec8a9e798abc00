using System.Globalization;
using System.Text.Json.Nodes;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;

namespace Collab.Dashboard.OpenData;

/// <summary>
/// The catalogue entry data.overheid.nl harvests (DCAT-AP-DONL, JSON-LD): one dataset per published version, with title,
/// description, publisher, licence CC0, temporal coverage and its distributions (CSV, JSON, definitions).
/// </summary>
public static class DcatCatalogue
{
    public const string Cc0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    private const string FileType = "http://publications.europa.eu/resource/authority/file-type/";

    public static JsonObject Build(IEnumerable<PeriodVersion> published, string baseUrl, string publisher) => new()
    {
        ["@context"] = new JsonObject
        {
            ["dcat"] = "http://www.w3.org/ns/dcat#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["foaf"] = "http://xmlns.com/foaf/0.1/",
            ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        },
        ["@id"] = $"{baseUrl}/api/v1/open-data",
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = Text("Open data van het Samenwerkingsdashboard", "Open data of the collaboration dashboard"),
        ["dct:description"] = Text(
            "Vastgestelde en gepubliceerde cijfers van de samenwerking op informatiehuishouding (DIV) per lid-organisatie per maand.",
            "Fixed and published figures of the collaboration on information management per member per month."),
        ["dct:publisher"] = Publisher(publisher),
        ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
        ["dcat:dataset"] = new JsonArray([.. published.Select(v => (JsonNode)Dataset(v, baseUrl, publisher))]),
    };

    private static JsonObject Dataset(PeriodVersion version, string baseUrl, string publisher)
    {
        PeriodKey.TryParse(version.Period, out var period);
        var root = $"{baseUrl}/api/v1/open-data/{version.Period}/versions/{version.Number}";
        return new JsonObject
        {
            ["@id"] = root,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = root,
            ["dct:title"] = Text($"Samenwerkingsdashboard {version.Period}, versie {version.Number}", $"Collaboration dashboard {version.Period}, version {version.Number}"),
            ["dct:description"] = Text(
                "Ondersteuningssessies, uren, geholpen mensen en persoonsdagen uitwisseling per lid-organisatie per maand, en kennisdelingscontacten tussen organisaties. Aantallen mensen onder de minimale groepsgrootte zijn onderdrukt.",
                "Support sessions, hours, people helped and person-days of exchange per member per month, and knowledge-sharing contacts between organisations. Counts of people below the minimum group size are suppressed."),
            ["dct:publisher"] = Publisher(publisher),
            ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
            ["dct:language"] = new JsonObject { ["@id"] = "http://publications.europa.eu/resource/authority/language/NLD" },
            ["dct:issued"] = Date(version.StateAt),
            ["dct:modified"] = Date(version.Steps[^1].At),
            ["dct:temporal"] = Temporal(period),
            ["dcat:distribution"] = new JsonArray(
                Distribution($"{root}/data.csv", "CSV", "text/csv", "Per lid per maand per indicator (CSV)"),
                Distribution($"{root}/exchange.csv", "CSV", "text/csv", "Contacten gever × ontvanger (CSV)"),
                Distribution($"{root}/data.json", "JSON", "application/json", "Alles van deze versie (JSON)"),
                Distribution($"{baseUrl}/api/v1/open-data/definitions", "JSON", "application/json", "Definities van de indicatoren (JSON)")),
        };
    }

    private static JsonObject Distribution(string url, string format, string mediaType, string title) => new()
    {
        ["@type"] = "dcat:Distribution",
        ["dct:title"] = title,
        ["dcat:accessURL"] = new JsonObject { ["@id"] = url },
        ["dcat:downloadURL"] = new JsonObject { ["@id"] = url },
        ["dct:format"] = new JsonObject { ["@id"] = FileType + format },
        ["dcat:mediaType"] = mediaType,
        ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
    };

    private static JsonObject Temporal(Period period) => new()
    {
        ["@type"] = "dct:PeriodOfTime",
        ["dcat:startDate"] = new JsonObject { ["@value"] = period.From.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["@type"] = "xsd:date" },
        ["dcat:endDate"] = new JsonObject { ["@value"] = period.To.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["@type"] = "xsd:date" },
    };

    private static JsonObject Publisher(string name) => new() { ["@type"] = "foaf:Organization", ["foaf:name"] = name };

    private static JsonObject Date(DateTimeOffset at) => new() { ["@value"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), ["@type"] = "xsd:dateTime" };

    private static JsonArray Text(string nl, string en) => new(
        new JsonObject { ["@value"] = nl, ["@language"] = "nl" },
        new JsonObject { ["@value"] = en, ["@language"] = "en" });
}
