using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.OpenData;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Open data of a published version of 2019-Q3 (issue 14). People helped per member per month, registered by hand:
///        jul  aug  sep
/// ocw     10    3   12        ocw · aug = 3 is below the minimum group size 5.
/// ezk      8    9    7
/// lnv      6   11   20
/// plus one knowledge contact ocw → ezk (a count of 1 between two organisations). Every other member has zeros.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class OpenDataApiTests(RunningProduct product)
{
    private const string Period = "2019-Q3";
    private static readonly Dictionary<(string Member, string Month), int> People = new()
    {
        [("ocw", "2019-07")] = 10,
        [("ocw", "2019-08")] = 3,
        [("ocw", "2019-09")] = 12,
        [("ezk", "2019-07")] = 8,
        [("ezk", "2019-08")] = 9,
        [("ezk", "2019-09")] = 7,
        [("lnv", "2019-07")] = 6,
        [("lnv", "2019-08")] = 11,
        [("lnv", "2019-09")] = 20,
    };

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool published;

    [Fact]
    public async Task A_version_is_served_only_once_published_and_its_csv_hides_small_counts_so_that_none_can_be_recomputed()
    {
        var data = await PublishedCsv();
        var rows = ReadCsv(data);

        var people = rows.Where(r => r.Indicator == "people-helped").ToList();
        var members = people.Where(r => r.Month == "total").Select(r => r.Member).ToList();
        var months = people.Where(r => r.Member == "total").Select(r => r.Month).ToList();
        Assert.Equal(["2019-07", "2019-08", "2019-09", "total"], months);
        Assert.Equal("total", members[^1]);

        var cell = people.Single(r => r.Member == "ocw" && r.Month == "2019-08");
        Assert.True(cell.Suppressed);
        Assert.Equal("x", cell.Value);
        // Every published value is what was registered (or zero), every total the sum of the raw counts.
        foreach (var r in people.Where(r => !r.Suppressed))
        {
            Assert.Equal(Expected(r.Member, r.Month).ToString(CultureInfo.InvariantCulture), r.Value);
        }

        Assert.Equal("86", people.Single(r => r.Member == "total" && r.Month == "total").Value);

        // Rebuild the grid of what is suppressed, totals included, and solve it independently.
        var grid = new bool[members.Count, months.Count];
        foreach (var r in people)
        {
            grid[members.IndexOf(r.Member), months.IndexOf(r.Month)] = r.Suppressed;
        }

        Assert.Empty(IndependentSolver.Recomputable(grid));
        Assert.True(people.Count(r => r.Suppressed) >= 4, "one primary cell needs at least three more to hide it");
    }

    [Fact]
    public async Task The_exchange_table_hides_a_single_contact_between_two_organisations()
    {
        await PublishedCsv();
        using var client = ApiClients.Anonymous(product.App);
        var text = await client.GetStringAsync($"/api/v1/open-data/{Period}/versions/1/exchange.csv", TestContext.Current.CancellationToken);
        var file = CsvFile.Parse(text);
        Assert.Equal(["period", "version", "giver", "receiver", "contacts", "suppressed"], file.Header);
        var cells = file.Rows.Select(r => (Giver: r["giver"], Receiver: r["receiver"], Contacts: r["contacts"], Suppressed: bool.Parse(r["suppressed"]))).ToList();

        Assert.Contains(("ocw", "ezk", "x", true), cells);
        var givers = cells.Select(c => c.Giver).Distinct().ToList();
        var receivers = cells.Select(c => c.Receiver).Distinct().ToList();
        var grid = new bool[givers.Count, receivers.Count];
        cells.ForEach(c => grid[givers.IndexOf(c.Giver), receivers.IndexOf(c.Receiver)] = c.Suppressed);
        Assert.Empty(IndependentSolver.Recomputable(grid));
    }

    [Fact]
    public async Task The_json_has_the_documented_shape_and_agrees_with_the_csv()
    {
        var csvRows = ReadCsv(await PublishedCsv());
        using var client = ApiClients.Anonymous(product.App);
        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/open-data/{Period}/versions/1/data.json", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(Period, json.GetProperty("period").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(5, json.GetProperty("minimumGroupSize").GetInt32());
        Assert.Equal("x", json.GetProperty("marker").GetString());
        Assert.False(json.GetProperty("superseded").GetBoolean());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("publishedAt").GetString(), CultureInfo.InvariantCulture, out _));
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(csvRows.Count, rows.Count);
        foreach (var (row, csv) in rows.Zip(csvRows))
        {
            Assert.Equal(["member", "month", "indicator", "value", "suppressed"], row.EnumerateObject().Select(p => p.Name));
            Assert.Equal((csv.Member, csv.Month, csv.Indicator, csv.Suppressed), (row.GetProperty("member").GetString(), row.GetProperty("month").GetString(), row.GetProperty("indicator").GetString(), row.GetProperty("suppressed").GetBoolean()));
            Assert.Equal(csv.Suppressed ? JsonValueKind.Null : JsonValueKind.Number, row.GetProperty("value").ValueKind);
            Assert.True(csv.Suppressed ? csv.Value == "x" : decimal.Parse(csv.Value, CultureInfo.InvariantCulture) == row.GetProperty("value").GetDecimal(), $"{csv} differs from {row}");
        }

        Assert.Equal(["giver", "receiver", "contacts", "suppressed"], json.GetProperty("exchange")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_catalogue_names_the_version_with_licence_cc0_its_time_and_files_and_answers_304_and_any_origin()
    {
        await PublishedCsv();
        using var client = ApiClients.Anonymous(product.App);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/open-data");
        request.Headers.Add("Origin", "https://data.overheid.nl");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var catalogue = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("dcat:Catalog", catalogue.GetProperty("@type").GetString());
        Assert.Equal("http://creativecommons.org/publicdomain/zero/1.0/deed.nl", catalogue.GetProperty("dct:license").GetProperty("@id").GetString());
        var dataset = catalogue.GetProperty("dcat:dataset").EnumerateArray().Single(d => d.GetProperty("@id").GetString()!.EndsWith($"/{Period}/versions/1", StringComparison.Ordinal));
        Assert.Contains(dataset.GetProperty("dct:title").EnumerateArray(), t => t.GetProperty("@language").GetString() == "nl");
        Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:description")[0].GetProperty("@value").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:publisher").GetProperty("foaf:name").GetString()));
        Assert.Equal("2019-07-01", dataset.GetProperty("dct:temporal").GetProperty("dcat:startDate").GetProperty("@value").GetString());
        Assert.Equal("2019-09-30", dataset.GetProperty("dct:temporal").GetProperty("dcat:endDate").GetProperty("@value").GetString());
        var files = dataset.GetProperty("dcat:distribution").EnumerateArray().Select(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()).ToList();
        Assert.Contains(files, f => f!.EndsWith($"/{Period}/versions/1/data.csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f!.EndsWith("/open-data/definitions", StringComparison.Ordinal));

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/open-data/{Period}/versions/1/data.csv");
        var first = await client.GetAsync($"/api/v1/open-data/{Period}/versions/1/data.csv", TestContext.Current.CancellationToken);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, TestContext.Current.CancellationToken)).StatusCode);

        // A write with a cross-origin preflight gets no CORS answer: only the open-data GETs are opened.
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/support-sessions");
        preflight.Headers.Add("Origin", "https://data.overheid.nl");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var refused = await client.SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>Registers the quarter, takes it as a concept (404 for open data), fixes it (still 404), publishes it, and answers its CSV.</summary>
    private async Task<string> PublishedCsv()
    {
        await Once.WaitAsync();
        try
        {
            using var anonymous = ApiClients.Anonymous(product.App);
            var csv = $"/api/v1/open-data/{Period}/versions/1/data.csv";
            if (!published)
            {
                await product.WaitForDemoAsync();
                using var manager = await ApiClients.As(product.App, "collaboration-manager");
                foreach (var ((member, month), people) in People)
                {
                    await PeriodVersionApiTests.Register(manager, $"{month}-15", people, member);
                }

                var contact = await manager.PostAsJsonAsync("/api/v1/knowledge-contacts", new
                {
                    id = $"od-{Guid.NewGuid():N}"[..20],
                    date = "2019-08-02",
                    fromMemberId = "ocw",
                    toMemberId = "ezk",
                    kind = "consultation",
                    personDays = 1m,
                    expertiseArea = "Archiefwet",
                });
                Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
                await PeriodVersionApiTests.LiveUntil(manager, "2019-08", sessions: 3, people: 23);
                await Eventually.Until(() => manager.GetFromJsonAsync<JsonElement>("/api/v1/exchange-matrix?from=2019-08&to=2019-08"),
                    m => m.TryGetProperty("ocw", out var row) && row.TryGetProperty("ezk", out _), TimeSpan.FromSeconds(30));
                await PeriodVersionApiTests.LiveUntil(manager, "2019-09", sessions: 3, people: 39);
                await PeriodVersionApiTests.LiveUntil(manager, "2019-07", sessions: 3, people: 24);

                Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/v1/periods/{Period}/versions", new { reason = "concept", state = "concept" })).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(csv)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/v1/periods/{Period}/versions/1/fix", new { reason = "MT 8 oktober" })).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(csv)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/v1/periods/{Period}/versions/1/publish", new { reason = "Woo" })).StatusCode);
                published = true;
            }

            var response = await anonymous.GetAsync(csv);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.ETag);
            return await response.Content.ReadAsStringAsync();
        }
        finally
        {
            Once.Release();
        }
    }

    private static int Expected(string member, string month) => (member, month) switch
    {
        ("total", "total") => People.Values.Sum(),
        ("total", _) => People.Where(p => p.Key.Month == month).Sum(p => p.Value),
        (_, "total") => People.Where(p => p.Key.Member == member).Sum(p => p.Value),
        _ => People.GetValueOrDefault((member, month)),
    };

    private sealed record CsvRow(string Member, string Month, string Indicator, string Value, bool Suppressed);

    private static List<CsvRow> ReadCsv(string text)
    {
        var file = CsvFile.Parse(text);
        Assert.Equal(["period", "version", "member", "month", "indicator", "value", "suppressed"], file.Header);
        Assert.All(file.Rows, r => Assert.Equal((Period, "1"), (r["period"], r["version"])));
        return [.. file.Rows.Select(r => new CsvRow(r["member"], r["month"], r["indicator"], r["value"], bool.Parse(r["suppressed"])))];
    }
}
