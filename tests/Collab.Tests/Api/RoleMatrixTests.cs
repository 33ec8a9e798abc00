using System.Net;
using System.Net.Http.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Every API endpoint × every role × own or other member, with the status each cell must get.
/// "own" means the caller's member (ocw); "other" a member that is not theirs (ezk).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class RoleMatrixTests(RunningProduct product)
{
    private const string Own = "ocw";
    private const string Other = "ezk";

    public static TheoryData<string, string, string, int> Cells
    {
        get
        {
            var data = new TheoryData<string, string, string, int>();
            // endpoint, role, whose, expected status
            string[] writes = ["support-session", "knowledge-contact", "procurement-update"];
            foreach (var write in writes)
            {
                data.Add(write, "anonymous", "own", 401);
                data.Add(write, "department-head", "own", 403);
                data.Add(write, "registrar", "own", 201);
                data.Add(write, "registrar", "other", 403);
                data.Add(write, "collaboration-manager", "other", 201);
            }

            foreach (var manage in new[] { "member", "initiative" })
            {
                data.Add(manage, "anonymous", "own", 401);
                data.Add(manage, "registrar", "own", 403);
                data.Add(manage, "department-head", "own", 403);
                data.Add(manage, "collaboration-manager", "own", 201);
            }

            foreach (var read in new[] { "members", "initiatives", "member-indicators", "initiative-indicators", "comparison", "exchange-matrix" })
            {
                data.Add(read, "anonymous", "own", 401);
                data.Add(read, "registrar", "own", 200);
                data.Add(read, "department-head", "other", 200);
                data.Add(read, "collaboration-manager", "own", 200);
            }

            data.Add("collaboration-indicators", "anonymous", "own", 200);
            data.Add("collaboration-indicators", "registrar", "own", 200);
            data.Add("audit-lines", "anonymous", "own", 401);
            data.Add("audit-lines", "registrar", "own", 403);
            data.Add("audit-lines", "department-head", "own", 403);
            data.Add("audit-lines", "collaboration-manager", "own", 200);
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
            "support-session" => await client.PostAsJsonAsync("/api/v1/support-sessions", new
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
            }, cancel),
            "knowledge-contact" => await client.PostAsJsonAsync("/api/v1/knowledge-contacts", new
            {
                id,
                date = today,
                fromMemberId = member,
                toMemberId = "lnv",
                kind = "consultation",
                personDays = 0.5m,
                expertiseArea = "Archiefwet",
            }, cancel),
            "procurement-update" => await client.PostAsJsonAsync("/api/v1/procurement-updates", new
            {
                id,
                date = today,
                initiativeId = "inkoop-dms-licenties",
                registeredByMemberId = member,
                joiningMemberIds = new[] { "lnv" },
            }, cancel),
            "member" => await client.PostAsJsonAsync("/api/v1/members", new
            {
                id,
                nameNl = "Proef",
                nameEn = "Trial",
                abbreviation = "PR",
                kind = "executing-agency",
                parentMinistryId = "lnv",
                divFte = 3m,
                joinedOn = today,
                status = "active",
            }, cancel),
            "initiative" => await client.PostAsJsonAsync("/api/v1/initiatives", new
            {
                id,
                titleNl = "Proef",
                titleEn = "Trial",
                kind = "training",
                leadMemberId = "lnv",
                participantIds = new[] { "lnv" },
                start = today,
                targets = new Dictionary<string, decimal>(),
            }, cancel),
            "members" => await client.GetAsync("/api/v1/members", cancel),
            "initiatives" => await client.GetAsync("/api/v1/initiatives", cancel),
            "member-indicators" => await client.GetAsync($"/api/v1/indicators/members/{member}", cancel),
            "initiative-indicators" => await client.GetAsync("/api/v1/indicators/initiatives/pop-up-stores", cancel),
            "comparison" => await client.GetAsync("/api/v1/comparison", cancel),
            "exchange-matrix" => await client.GetAsync("/api/v1/exchange-matrix", cancel),
            "collaboration-indicators" => await client.GetAsync("/api/v1/indicators/collaboration", cancel),
            "audit-lines" => await client.GetAsync("/api/v1/audit-lines", cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };

        Assert.True((int)response.StatusCode == expected, $"{endpoint} as {role} ({whose}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
    }
}
