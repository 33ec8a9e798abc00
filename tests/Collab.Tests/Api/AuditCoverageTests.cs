using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Import;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// Every way of writing (API single of each kind, batch of each kind, import, onboarding and editing of members and initiatives,
/// form, manage page, page import), accepted or refused, leaves one line with all six fields, found through the paged reader.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AuditCoverageTests(RunningProduct product)
{
    private static readonly string[] SixFields = ["at", "actor", "action", "object", "result", "origin"];

    [Fact]
    public async Task Each_kind_of_write_leaves_a_complete_line()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        using var head = await ApiClients.As(product.App, "department-head", "ocw");
        await using var orleans = await product.App.ConnectClient();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var desks = new ProductDesks(orleans.Client, store);
        var desk = desks.Registrations;
        var run = Guid.NewGuid().ToString("N")[..10];
        var today = DateOnly.FromDateTime(DateTime.Today);
        object Session(string id, string member) => new
        {
            id,
            date = today.ToString("yyyy-MM-dd"),
            providingMemberId = member,
            hostMemberId = "lnv",
            format = "online",
            topics = Array.Empty<string>(),
            peopleHelped = 1,
            durationMinutes = 10,
            leaflets = 0,
        };
        object Contact(string id) => new
        {
            id,
            date = today.ToString("yyyy-MM-dd"),
            fromMemberId = "ocw",
            toMemberId = "lnv",
            kind = "consultation",
            personDays = 0.5m,
            expertiseArea = "Archiefwet",
        };
        var registrarUser = DevelopmentIdentity.Create("registrar", "ocw", "test");
        var csv = $"id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\naudit-{run}-csv;2024-01-05;ocw;ezk;online;1;10\n";

        // expected line: object ends with, actor, action, result
        var expected = new List<(string Object, string Actor, string Action, string Result)>();
        await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session($"audit-{run}-api", "ocw"), cancel);
        expected.Add(($"audit-{run}-api", "registrar:ocw", "POST", "201"));
        await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session($"audit-{run}-other", "ezk"), cancel);
        expected.Add(($"audit-{run}-other", "registrar:ocw", "POST", "403"));
        await head.PostAsJsonAsync("/api/v1/support-sessions", Session($"audit-{run}-head", "ocw"), cancel);
        expected.Add(("/api/v1/support-sessions", "department-head:ocw", "POST", "403"));
        await registrar.PostAsJsonAsync("/api/v1/support-sessions/batch", new[] { Session($"audit-{run}-batch", "ocw") }, cancel);
        expected.Add(("/api/v1/support-sessions/batch", "registrar:ocw", "POST", "200"));
        await registrar.PostAsync("/api/v1/imports/support-sessions", new StringContent(csv, Encoding.UTF8, "text/csv"), cancel);
        expected.Add(("/api/v1/imports/support-sessions", "registrar:ocw", "POST", "200"));
        var profile = new
        {
            id = $"audit-{run}",
            nameNl = "Proef",
            nameEn = "Trial",
            abbreviation = "PR",
            kind = "other",
            divFte = 1,
            joinedOn = today.ToString("yyyy-MM-dd"),
        };
        await registrar.PostAsJsonAsync("/api/v1/knowledge-contacts", Contact($"audit-{run}-kc"), cancel);
        expected.Add(($"/api/v1/knowledge-contacts/audit-{run}-kc", "registrar:ocw", "POST", "201"));
        await registrar.PostAsJsonAsync("/api/v1/knowledge-contacts/batch", new[] { Contact($"audit-{run}-kcb") }, cancel);
        expected.Add(("/api/v1/knowledge-contacts/batch", "registrar:ocw", "POST", "200"));
        await manager.PostAsJsonAsync("/api/v1/procurement-updates", new
        {
            id = $"audit-{run}-pu",
            date = today.ToString("yyyy-MM-dd"),
            initiativeId = "inkoop-dms-licenties",
            registeredByMemberId = "lnv",
            joiningMemberIds = new[] { "lnv" },
        }, cancel);
        expected.Add(($"/api/v1/procurement-updates/audit-{run}-pu", "collaboration-manager:*", "POST", "201"));
        var initiative = new
        {
            id = $"audit-{run}-i",
            titleNl = "Proef",
            titleEn = "Trial",
            kind = "training",
            leadMemberId = "lnv",
            participantIds = new[] { "lnv" },
            start = today.ToString("yyyy-MM-dd"),
            targets = new Dictionary<string, decimal>(),
        };
        var initiativeTag = await ProfileEdits.CreateAsync(manager, "/api/v1/initiatives", initiative.id, initiative, cancel);
        expected.Add(($"/api/v1/initiatives/audit-{run}-i", "collaboration-manager:*", "POST", "201"));
        await ProfileEdits.PutAsync(manager, $"/api/v1/initiatives/audit-{run}-i", initiative, initiativeTag, cancel);
        expected.Add(($"/api/v1/initiatives/audit-{run}-i", "collaboration-manager:*", "PUT", "200"));
        var etag = await ProfileEdits.CreateAsync(manager, "/api/v1/members", profile.id, profile, cancel);
        expected.Add(($"/api/v1/members/audit-{run}", "collaboration-manager:*", "POST", "201"));
        await ProfileEdits.PutAsync(manager, $"/api/v1/members/audit-{run}", profile, etag, cancel);
        expected.Add(($"/api/v1/members/audit-{run}", "collaboration-manager:*", "PUT", "200"));
        await desk.RegisterAudited(registrarUser, new SupportSession($"audit-{run}-form", today, "ocw", "ezk", null, SupportFormat.Online, [], 1, 10, 0, null), "127.0.0.1; test");
        expected.Add(($"/api/v1/support-sessions/audit-{run}-form", "registrar:ocw", "PAGE", "201"));
        await desk.RegisterAudited(registrarUser, new SupportSession($"audit-{run}-bad", today, "ocw", "ezk", null, SupportFormat.Online, [], -1, 10, 0, null), "127.0.0.1; test");
        expected.Add(($"/api/v1/support-sessions/audit-{run}-bad", "registrar:ocw", "PAGE", "400"));
        await desks.Onboarding.AddMember(registrarUser,
            new MemberProfile($"audit-{run}-m", "Proef", "Trial", "PR", MemberKind.Other, null, 1, today), "127.0.0.1; test");
        expected.Add(($"/api/v1/members/audit-{run}-m", "registrar:ocw", "PAGE", "403"));
        var managerUser = DevelopmentIdentity.Create("collaboration-manager", null, "test");
        var pageMember = new MemberProfile($"audit-{run}-p", "Proef", "Trial", "PR", MemberKind.Other, null, 1, today);
        await desks.Onboarding.AddMember(managerUser, pageMember, "127.0.0.1; test");
        expected.Add(($"/api/v1/members/audit-{run}-p", "collaboration-manager:*", "PAGE", "201"));
        var loaded = await desks.Onboarding.LoadMember(pageMember.Id);
        await desks.Onboarding.EditMember(managerUser, pageMember with { DivFte = 2 }, loaded!.Revision, "127.0.0.1; test");
        expected.Add(($"/api/v1/members/audit-{run}-p", "collaboration-manager:*", "PAGE", "200"));
        var pageInitiative = new Collab.Contracts.Initiatives.InitiativeProfile($"audit-{run}-pi", "Proef", "Trial", Collab.Contracts.Initiatives.InitiativeKind.Training,
            "lnv", ["lnv"], today, null, System.Collections.Immutable.ImmutableDictionary<Collab.Contracts.Initiatives.Indicator, decimal>.Empty);
        await desks.Onboarding.AddInitiative(managerUser, pageInitiative, "127.0.0.1; test");
        expected.Add(($"/api/v1/initiatives/audit-{run}-pi", "collaboration-manager:*", "PAGE", "201"));
        var loadedInitiative = await desks.Onboarding.LoadInitiative(pageInitiative.Id);
        await desks.Onboarding.EditInitiative(managerUser, pageInitiative with { TitleEn = "Trial 2" }, loadedInitiative!.Revision, "127.0.0.1; test");
        expected.Add(($"/api/v1/initiatives/audit-{run}-pi", "collaboration-manager:*", "PAGE", "200"));
        var runner = desks.Import;
        var preview = await runner.PreviewAsync(ImportKind.SupportSessions, new MemoryStream(Encoding.UTF8.GetBytes(csv.Replace("-csv", "-page", StringComparison.Ordinal))), registrarUser, cancel);
        await runner.StoreAsync(preview, registrarUser, "127.0.0.1; test", null, cancel);
        expected.Add(("/api/v1/imports/support-sessions", "registrar:ocw", "IMPORT", "200 stored=1 duplicates=0 rejected=0"));

        foreach (var (target, actor, action, result) in expected)
        {
            // The paged reader with the line's own filters: found however long the trail has grown.
            var scope = target.StartsWith('/') ? target : "/api/v1/support-sessions/" + target;
            var lines = (await manager.GetFromJsonAsync<JsonElement[]>(
                $"/api/v1/audit-lines?object={Uri.EscapeDataString(scope)}&actor={Uri.EscapeDataString(actor)}&action={action}&take=1000", cancel))!;
            var line = lines.FirstOrDefault(l => l.GetProperty("object").GetString() == scope && l.GetProperty("result").GetString() == result);
            Assert.True(line.ValueKind == JsonValueKind.Object, $"no line for {action} {scope} by {actor} with {result}");
            Assert.All(SixFields, field => Assert.False(string.IsNullOrWhiteSpace(line.GetProperty(field).ToString()), $"{target}: {field}"));
        }
    }
}
