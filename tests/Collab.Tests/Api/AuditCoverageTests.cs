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

/// <summary>Every way of writing (API, batch, import, onboarding, form, page import), accepted or refused, leaves one line with all six fields.</summary>
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
        var runner = desks.Import;
        var preview = await runner.PreviewAsync(ImportKind.SupportSessions, new MemoryStream(Encoding.UTF8.GetBytes(csv.Replace("-csv", "-page", StringComparison.Ordinal))), registrarUser, cancel);
        await runner.StoreAsync(preview, registrarUser, "127.0.0.1; test", null, cancel);
        expected.Add(("/api/v1/imports/support-sessions", "registrar:ocw", "IMPORT", "200 stored=1 duplicates=0 rejected=0"));

        var lines = (await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/audit-lines?take=1000", cancel))!;
        foreach (var (target, actor, action, result) in expected)
        {
            var line = lines.FirstOrDefault(l => l.GetProperty("object").GetString()!.EndsWith(target, StringComparison.Ordinal)
                && l.GetProperty("actor").GetString() == actor && l.GetProperty("action").GetString() == action);
            Assert.True(line.ValueKind == JsonValueKind.Object, $"no line for {action} {target} by {actor}");
            Assert.Equal(result, line.GetProperty("result").GetString());
            Assert.All(SixFields, field => Assert.False(string.IsNullOrWhiteSpace(line.GetProperty(field).ToString()), $"{target}: {field}"));
        }
    }
}
