using System.Net;
using System.Net.Http.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Every API endpoint × every role × own or other member, with the status each cell must get (232 cells).
/// "own" means the caller's member (ocw); "other" a member that is not theirs (ezk).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class RoleMatrixTests(RunningProduct product)
{
    private const string Own = "ocw";
    private const string Other = "ezk";

    private static readonly string[] MemberWrites =
        ["support-session", "knowledge-contact", "procurement-update", "support-sessions-batch", "knowledge-contacts-batch", "support-sessions-import"];

    private static readonly string[] ManagerWrites = ["member", "initiative", "member-edit", "initiative-edit", "period-fix", "period-publish"];

    private static readonly string[] Reads =
        ["members", "initiatives", "member-read", "initiative-read", "support-session-read", "member-indicators", "initiative-indicators", "comparison", "exchange-matrix", "comparison-csv", "exchange-matrix-ods", "period-versions"];

    private static readonly string[] Public = ["collaboration-indicators", "import-template", "open-data-catalogue", "open-data-versions"];

    // Each fixing cell takes its own month (from January 2001 on): a month is fixed once, then superseded.
    private static int periods;

    /// <summary>Every endpoint × every role × own and other member: 29 × 4 × 2 cells.</summary>
    public static TheoryData<string, string, string, int> Cells
    {
        get
        {
            var data = new TheoryData<string, string, string, int>();
            foreach (var role in new[] { "anonymous", "department-head", "registrar", "collaboration-manager" })
            {
                foreach (var whose in new[] { "own", "other" })
                {
                    foreach (var write in MemberWrites)
                    {
                        data.Add(write, role, whose, role switch
                        {
                            "anonymous" => 401,
                            "collaboration-manager" => 201,
                            "registrar" when whose == "own" => 201,
                            _ => 403,
                        });
                    }

                    foreach (var manage in ManagerWrites)
                    {
                        data.Add(manage, role, whose, role switch
                        {
                            "anonymous" => 401,
                            "collaboration-manager" => manage.EndsWith("-edit", StringComparison.Ordinal) || manage == "period-publish" ? 200 : 201,
                            _ => 403,
                        });
                    }

                    foreach (var read in Reads)
                    {
                        data.Add(read, role, whose, role == "anonymous" ? 401 : 200);
                    }

                    foreach (var open in Public)
                    {
                        data.Add(open, role, whose, 200);
                    }

                    data.Add("audit-lines", role, whose, role switch { "anonymous" => 401, "collaboration-manager" => 200, _ => 403 });
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_gets_exactly_what_it_may(string endpoint, string role, string whose, int expected)
    {
        await product.WaitForDemoAsync();
        using var client = role == "anonymous" ? ApiClients.Anonymous(product.App) : await ApiClients.As(product.App, role, role == "collaboration-manager" ? null : Own);
        var member = whose == "own" ? Own : Other;
        var id = $"matrix-{Guid.NewGuid():N}"[..20];
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        var cancel = TestContext.Current.CancellationToken;

        var response = endpoint switch
        {
            "support-session" => await client.PostAsJsonAsync("/api/v1/support-sessions", Session(id, member, today), cancel),
            "knowledge-contact" => await client.PostAsJsonAsync("/api/v1/knowledge-contacts", Contact(id, member, today), cancel),
            "procurement-update" => await client.PostAsJsonAsync("/api/v1/procurement-updates", new
            {
                id,
                date = today,
                initiativeId = "inkoop-dms-licenties",
                registeredByMemberId = member,
                joiningMemberIds = new[] { "lnv" },
            }, cancel),
            "member" => await client.PostAsJsonAsync("/api/v1/members", Member(id, today), cancel),
            "initiative" => await client.PostAsJsonAsync("/api/v1/initiatives", Initiative(id, today), cancel),
            "support-sessions-batch" => await client.PostAsJsonAsync("/api/v1/support-sessions/batch", new[]
            {
                Session(id, member, today),
            }, cancel),
            "knowledge-contacts-batch" => await client.PostAsJsonAsync("/api/v1/knowledge-contacts/batch", new[]
            {
                Contact(id, member, today),
            }, cancel),
            "support-sessions-import" => await client.PostAsync("/api/v1/imports/support-sessions", new StringContent(
                $"id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n{id};{today};{member};lnv;helpdesk;1;15\n", System.Text.Encoding.UTF8, "text/csv"), cancel),
            "member-edit" => await Edit(client, "/api/v1/members", id, Member(id, today), cancel),
            "initiative-edit" => await Edit(client, "/api/v1/initiatives", id, Initiative(id, today), cancel),
            "member-read" => await client.GetAsync($"/api/v1/members/{member}", cancel),
            "initiative-read" => await client.GetAsync("/api/v1/initiatives/pop-up-stores", cancel),
            "support-session-read" => await client.GetAsync($"/api/v1/support-sessions/{await ExistingSession(member)}", cancel),
            "import-template" => await client.GetAsync("/api/v1/imports/support-sessions/template", cancel),
            "members" => await client.GetAsync("/api/v1/members", cancel),
            "initiatives" => await client.GetAsync("/api/v1/initiatives", cancel),
            "member-indicators" => await client.GetAsync($"/api/v1/indicators/members/{member}", cancel),
            "initiative-indicators" => await client.GetAsync("/api/v1/indicators/initiatives/pop-up-stores", cancel),
            "comparison" => await client.GetAsync("/api/v1/comparison", cancel),
            "exchange-matrix" => await client.GetAsync("/api/v1/exchange-matrix", cancel),
            "comparison-csv" => await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/comparison") { Headers = { { "Accept", "text/csv" } } }, cancel),
            "exchange-matrix-ods" => await client.GetAsync("/api/v1/exchange-matrix?format=ods", cancel),
            "collaboration-indicators" => await client.GetAsync("/api/v1/indicators/collaboration", cancel),
            "audit-lines" => await client.GetAsync("/api/v1/audit-lines", cancel),
            "period-fix" => await client.PostAsJsonAsync($"/api/v1/periods/{NextPeriod()}/versions", new { reason = "matrix" }, cancel),
            "period-publish" => await Publish(client, cancel),
            "period-versions" => await client.GetAsync("/api/v1/periods/2018-01/versions", cancel),
            "open-data-catalogue" => await client.GetAsync("/api/v1/open-data", cancel),
            "open-data-versions" => await client.GetAsync("/api/v1/open-data/versions", cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };

        var body = await response.Content.ReadAsStringAsync(cancel);
        Assert.True(Effective(endpoint, response.StatusCode, body) == expected, $"{endpoint} as {role} ({whose}): {(int)response.StatusCode} {body}");
    }

    /// <summary>
    /// A batch answers 200 with a status per item and an import 200 or a 400 per row: the cell holds what the item
    /// got, as a single registration would have answered (201 accepted, 403 not the caller's member).
    /// </summary>
    private static int Effective(string endpoint, HttpStatusCode status, string body) => (endpoint, status) switch
    {
        ("support-sessions-batch" or "knowledge-contacts-batch", HttpStatusCode.OK) =>
            body.Contains("\"status\":\"accepted\"", StringComparison.Ordinal) ? 201 : body.Contains("\"status\":\"forbidden\"", StringComparison.Ordinal) ? 403 : 200,
        ("support-sessions-import", HttpStatusCode.OK) => body.Contains("\"stored\":1", StringComparison.Ordinal) ? 201 : 200,
        ("support-sessions-import", HttpStatusCode.BadRequest) => body.Contains("You may not register for", StringComparison.Ordinal) ? 403 : 400,
        _ => (int)status,
    };

    /// <summary>An edit of a profile that exists, with the ETag the manager read: only the role decides the answer.</summary>
    private async Task<HttpResponseMessage> Edit(HttpClient client, string collection, string id, object profile, CancellationToken cancel)
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var etag = await ProfileEdits.CreateAsync(manager, collection, id, profile, cancel);
        return await ProfileEdits.PutAsync(client, $"{collection}/{id}", profile, etag, cancel);
    }

    private static string NextPeriod()
    {
        var n = Interlocked.Increment(ref periods) - 1;
        return $"{2001 + (n / 12)}-{(n % 12) + 1:00}";
    }

    /// <summary>A month the manager fixed, published by the caller: only the role decides the answer.</summary>
    private async Task<HttpResponseMessage> Publish(HttpClient client, CancellationToken cancel)
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var period = NextPeriod();
        var fixedVersion = await manager.PostAsJsonAsync($"/api/v1/periods/{period}/versions", new { reason = "matrix" }, cancel);
        Assert.Equal(HttpStatusCode.Created, fixedVersion.StatusCode);
        return await client.PostAsJsonAsync($"/api/v1/periods/{period}/versions/1/publish", new { reason = "matrix" }, cancel);
    }

    /// <summary>A session of the member, registered by the manager, for the cells that read one back.</summary>
    private async Task<string> ExistingSession(string member)
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var id = $"matrix-read-{Guid.NewGuid():N}"[..24];
        var created = await manager.PostAsJsonAsync("/api/v1/support-sessions", Session(id, member, DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd")));
        created.EnsureSuccessStatusCode();
        return id;
    }

    private static object Session(string id, string member, string today) => new
    {
        id,
        date = today,
        providingMemberId = member,
        hostMemberId = "lnv",
        format = "helpdesk",
        topics = new[] { "dms" },
        peopleHelped = 1,
        durationMinutes = 15,
        leaflets = 0,
    };

    private static object Contact(string id, string member, string today) => new
    {
        id,
        date = today,
        fromMemberId = member,
        toMemberId = "lnv",
        kind = "consultation",
        personDays = 0.5m,
        expertiseArea = "Archiefwet",
    };

    private static object Member(string id, string today) => new
    {
        id,
        nameNl = "Proef",
        nameEn = "Trial",
        abbreviation = "PR",
        kind = "executing-agency",
        parentMinistryId = "lnv",
        divFte = 3m,
        joinedOn = today,
    };

    private static object Initiative(string id, string today) => new
    {
        id,
        titleNl = "Proef",
        titleEn = "Trial",
        kind = "training",
        leadMemberId = "lnv",
        participantIds = new[] { "lnv" },
        start = today,
        targets = new Dictionary<string, decimal>(),
    };
}
