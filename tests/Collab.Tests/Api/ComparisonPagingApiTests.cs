using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Collab.Tests.Exports;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// The comparison over HTTP a page at a time: a ministry of this test's own with four agencies, narrowed to them by the
/// ministry filter (other tests add members beside them), walked page by page in orders worked out by hand.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed partial class ComparisonPagingApiTests(RunningProduct product)
{
    private const string Year = "from=2025-01&to=2025-12";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // id suffix, abbreviation, DIV FTE, support sessions in 2025. A1 and A2 share an abbreviation and their absolute sessions.
    private static readonly (string Suffix, string Abbreviation, decimal Fte, int Sessions)[] Family =
    [
        ("m", "PG-M", 10m, 2), ("a1", "PG-A", 2m, 5), ("a2", "PG-A", 4m, 5), ("a3", "PG-C", 1m, 0), ("a4", "PG-B", 5m, 3),
    ];

    [Fact]
    public async Task Every_member_appears_once_in_the_hand_worked_order_on_pages_of_two_and_the_CSV_holds_them_all()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        using var head = await ApiClients.As(product.App, "department-head", "ocw");
        var ministry = await OnboardFamily(manager);
        string Id(string suffix) => suffix == "m" ? ministry : $"{ministry}-{suffix}";
        var mine = $"{Year}&ministry={ministry}";
        // The view takes the new members and sessions in a moment; until then the ministry is unknown to it (400) or its figures short.
        await Eventually.Async(async () => Assert.Equal(15m, (await Rows(head, $"{mine}&perFte=false&take=1000")).Sum(x => x.GetProperty("supportSessions").GetDecimal())),
            TimeSpan.FromSeconds(20));

        // Absolute sessions, highest first: A1 5, A2 5, A4 3, M 2, A3 0; the tie A1/A2 (same abbreviation) goes by id, turned round.
        var absolute = await Walk(head, $"/api/v1/comparison?{mine}&perFte=false&sort=support-sessions&take=2");
        // Per FTE, lowest first: A3 0, M 0.2, A4 0.6, A2 1.25, A1 2.5.
        var perFte = await Walk(head, $"/api/v1/comparison?{mine}&sort=support-sessions&direction=ascending&take=2");
        // By abbreviation A to Z: PG-A (a1, then a2 by id), PG-B, PG-C, PG-M.
        var byName = await Walk(head, $"/api/v1/comparison?{mine}&sort=member&take=2");
        var agencies = await Rows(head, $"{mine}&kind=executing-agency&sort=member");

        Assert.Equal([Id("a2"), Id("a1"), Id("a4"), Id("m"), Id("a3")], absolute.Ids);
        Assert.Equal([[5m, 5m], [3m, 2m], [0m]], absolute.Pages.Select(p => p.Select(r => r.GetProperty("supportSessions").GetDecimal())));
        Assert.Equal([Id("a3"), Id("m"), Id("a4"), Id("a2"), Id("a1")], perFte.Ids);
        Assert.Equal([0m, 0.2m, 0.6m, 1.25m, 2.5m], perFte.Pages.SelectMany(p => p).Select(r => r.GetProperty("supportSessions").GetDecimal()));
        Assert.Equal([Id("a1"), Id("a2"), Id("a4"), Id("a3"), Id("m")], byName.Ids);
        Assert.All(new[] { absolute, perFte, byName }, w => Assert.Equal(["5", "5", "5"], w.Totals));
        Assert.Equal([Id("a1"), Id("a2"), Id("a4"), Id("a3")], agencies.Select(r => r.GetProperty("memberId").GetString()));

        // A download holds every row in the chosen order, whatever page and size the address names.
        using var csv = await head.GetAsync($"/api/v1/comparison?{mine}&perFte=false&sort=support-sessions&take=2&page=2&format=csv", Cancel);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var sheet = await SheetReader.Read(await csv.Content.ReadAsByteArrayAsync(Cancel), "csv");
        Assert.Equal([Id("a2"), Id("a1"), Id("a4"), Id("m"), Id("a3")], sheet.Body("memberId").Select(r => r[0].Text));
        Assert.Equal(["PG-A", "PG-A", "PG-B", "PG-M", "PG-C"], sheet.Body("memberId").Select(r => r[1].Text));
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_points_back_to_the_last()
    {
        await product.WaitForDemoAsync();
        using var head = await ApiClients.As(product.App, "department-head", "ocw");

        // OCW is the only ministry under itself.
        using var answer = await head.GetAsync($"/api/v1/comparison?{Year}&ministry=ocw&kind=ministry&page=4", Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty((await answer.Content.ReadFromJsonAsync<JsonElement[]>(Cancel))!);
        Assert.Equal("1", answer.Headers.GetValues("X-Total-Count").Single());
        var links = Links(answer);
        Assert.False(links.ContainsKey("next"));
        Assert.EndsWith("page=1", links["prev"], StringComparison.Ordinal);
        Assert.EndsWith("page=1", links["last"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("take=0", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("take=fifty", "take")]
    [InlineData("take=-2", "take")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=2.5", "page")]
    [InlineData("sort=name", "sort")]
    [InlineData("sort=supportSessions", "sort")]
    [InlineData("direction=down", "direction")]
    [InlineData("kind=agency", "kind")]
    [InlineData("ministry=no-such-member", "ministry")]
    [InlineData("ministry=duo", "ministry")]
    [InlineData("take=0&format=csv", "take")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string field)
    {
        await product.WaitForDemoAsync();
        using var head = await ApiClients.As(product.App, "department-head", "ocw");

        using var answer = await head.GetAsync($"/api/v1/comparison?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_paging_parameters_and_headers()
    {
        using var anonymous = ApiClients.Anonymous(product.App);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json", Cancel);

        var operation = document.GetProperty("paths").GetProperty("/comparison").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        var take = operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "take");
        Assert.Contains("every row", take.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(("integer", 1, 1000, 50), (parameters["take"].GetProperty("type").GetString(), parameters["take"].GetProperty("minimum").GetInt32(),
            parameters["take"].GetProperty("maximum").GetInt32(), parameters["take"].GetProperty("default").GetInt32()));
        Assert.Equal(("integer", 1), (parameters["page"].GetProperty("type").GetString(), parameters["page"].GetProperty("minimum").GetInt32()));
        Assert.Contains("people-helped", parameters["sort"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var headers = operation.GetProperty("responses").GetProperty("200").GetProperty("headers");
        Assert.True(headers.TryGetProperty("Link", out _));
        Assert.True(headers.TryGetProperty("X-Total-Count", out _));
    }

    private async Task<string> OnboardFamily(HttpClient manager)
    {
        var ministry = $"pg{Guid.NewGuid():N}"[..12];
        var sessions = new List<object>();
        foreach (var (suffix, abbreviation, fte, count) in Family)
        {
            var id = suffix == "m" ? ministry : $"{ministry}-{suffix}";
            var created = await manager.PostAsJsonAsync("/api/v1/members", new
            {
                id,
                nameNl = $"Pagina {abbreviation} {suffix}",
                nameEn = $"Paging {abbreviation} {suffix}",
                abbreviation,
                kind = suffix == "m" ? "ministry" : "executing-agency",
                parentMinistryId = suffix == "m" ? null : ministry,
                divFte = fte,
                joinedOn = "2024-01-01",
            }, Cancel);
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"{id}: {await created.Content.ReadAsStringAsync(Cancel)}");
            sessions.AddRange(Enumerable.Range(1, count).Select(n => (object)new
            {
                id = $"{id}-s{n}",
                date = $"2025-06-{n:00}",
                providingMemberId = id,
                hostMemberId = suffix == "m" ? $"{ministry}-a3" : ministry,
                format = "pop-up-store",
                topics = new[] { "dms" },
                peopleHelped = 1,
                durationMinutes = 30,
                leaflets = 0,
            }));
        }

        // The ministry's own sessions are hosted by A3, onboarded after it: post them once every member exists.
        var batch = await manager.PostAsJsonAsync("/api/v1/support-sessions/batch", sessions, Cancel);
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.All((await batch.Content.ReadFromJsonAsync<JsonElement[]>(Cancel))!, r => Assert.Equal("accepted", r.GetProperty("status").GetString()));
        return ministry;
    }

    private static async Task<JsonElement[]> Rows(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/comparison?{query}", Cancel))!;

    /// <summary>Follows rel="next" from the first page to the end, as a client would.</summary>
    private static async Task<(List<string?> Ids, List<JsonElement[]> Pages, string[] Totals)> Walk(HttpClient client, string first)
    {
        var pages = new List<JsonElement[]>();
        var totals = new List<string>();
        for (string? next = first; next is not null && pages.Count < 10;)
        {
            using var answer = await client.GetAsync(next, Cancel);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            pages.Add((await answer.Content.ReadFromJsonAsync<JsonElement[]>(Cancel))!);
            totals.Add(answer.Headers.GetValues("X-Total-Count").Single());
            next = Links(answer).GetValueOrDefault("next");
        }

        return ([.. pages.SelectMany(p => p).Select(r => r.GetProperty("memberId").GetString())], pages, [.. totals]);
    }

    private static Dictionary<string, string> Links(HttpResponseMessage answer) =>
        LinkPart().Matches(string.Join(", ", answer.Headers.GetValues("Link"))).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);

    [GeneratedRegex("<([^>]+)>; rel=\"([a-z]+)\"")]
    private static partial Regex LinkPart();
}
