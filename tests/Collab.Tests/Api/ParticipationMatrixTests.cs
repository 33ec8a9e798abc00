using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Import;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// Who may count an activity toward an initiative, on every way in (API single, batch and import; the form and the
/// import page) × role × a member that takes part or not. The demo's staff exchange and DMS trajectory have OCW and
/// not NVWA among their participants. An activity counts toward an initiative only for its participants; a procurement
/// update comes from the trajectory's lead or participants, or from the collaboration manager.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ParticipationMatrixTests(RunningProduct product)
{
    private const string Exchange = "uitwisseling-div-medewerkers";
    private const string Trajectory = "inkoop-dms-licenties";

    private static readonly Dictionary<string, string[]> Paths = new()
    {
        ["support-session"] = ["api", "api-batch", "api-import", "form", "page-import"],
        ["knowledge-contact"] = ["api", "api-batch", "api-import", "form", "page-import"],
        ["procurement-update"] = ["api", "api-import", "form", "page-import"],
    };

    /// <summary>14 ways in × 2 roles × 2 members: 56 cells.</summary>
    public static TheoryData<string, string, string, string, string> Cells
    {
        get
        {
            var data = new TheoryData<string, string, string, string, string>();
            foreach (var (kind, paths) in Paths)
            {
                foreach (var path in paths)
                {
                    foreach (var role in new[] { "registrar", "collaboration-manager" })
                    {
                        data.Add(kind, path, role, "ocw", "accepted");
                        data.Add(kind, path, role, "nvwa", kind == "procurement-update" && role == "collaboration-manager" ? "accepted" : "forbidden");
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Only_participants_count_toward_an_initiative(string kind, string path, string role, string member, string expected)
    {
        await product.WaitForDemoAsync();
        var id = $"part-{Guid.NewGuid():N}"[..20];
        var today = DateOnly.FromDateTime(DateTime.Today);
        var activity = Activity(kind, id, today, member);

        var actual = path switch
        {
            "api" or "api-batch" or "api-import" => await ThroughApi(path, kind, role, member, activity),
            _ => await ThroughPages(path, kind, role, member, activity),
        };

        Assert.True(expected == actual, $"{kind} via {path} as {role} for {member}: expected {expected}, got {actual}");
        if (expected == "forbidden")
        {
            using var manager = await ApiClients.As(product.App, "collaboration-manager");
            var stored = await manager.GetAsync(ActivityKind.Of(activity).PathOf(id), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
        }
    }

    private async Task<string> ThroughApi(string path, string kind, string role, string member, IActivity activity)
    {
        using var client = await ApiClients.As(product.App, role, role == "registrar" ? member : null);
        var slug = ActivityKind.Of(activity).Slug;
        var cancel = TestContext.Current.CancellationToken;
        var response = path switch
        {
            "api" => await client.PostAsync($"/api/v1/{slug}", JsonContent.Create(activity, activity.GetType(), options: Json), cancel),
            "api-batch" => await client.PostAsync($"/api/v1/{slug}/batch",
                new StringContent($"[{JsonSerializer.Serialize(activity, activity.GetType(), Json)}]", Encoding.UTF8, "application/json"), cancel),
            _ => await client.PostAsync($"/api/v1/imports/{slug}", new StringContent(Csv(kind, activity), Encoding.UTF8, "text/csv"), cancel),
        };
        var body = await response.Content.ReadAsStringAsync(cancel);
        return (path, response.StatusCode) switch
        {
            (_, HttpStatusCode.Created) => "accepted",
            (_, HttpStatusCode.Forbidden) => "forbidden",
            ("api-batch", HttpStatusCode.OK) => JsonDocument.Parse(body).RootElement[0].GetProperty("status").GetString()!,
            ("api-import", HttpStatusCode.OK) when body.Contains("\"stored\":1", StringComparison.Ordinal) => "accepted",
            ("api-import", HttpStatusCode.BadRequest) when body.Contains("take part in", StringComparison.Ordinal)
                || body.Contains("may not register", StringComparison.Ordinal) => "forbidden",
            _ => $"{(int)response.StatusCode} {body}",
        };
    }

    private async Task<string> ThroughPages(string path, string kind, string role, string member, IActivity activity)
    {
        await using var orleans = await product.App.ConnectClient();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var desks = new ProductDesks(orleans.Client, redis);
        var user = DevelopmentIdentity.Create(role, role == "registrar" ? member : null, "test");
        if (path == "form")
        {
            var result = await desks.Registrations.RegisterAudited(user, activity, "127.0.0.1; participation");
            return result.Outcome == RegistrationOutcome.Accepted ? "accepted" : result.Outcome.ToString().ToLowerInvariant();
        }

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(Csv(kind, activity)));
        var importKind = Enum.GetValues<ImportKind>().Single(k => k.Slug() == ActivityKind.Of(activity).Slug);
        var preview = await desks.Import.PreviewAsync(importKind, file, user, CancellationToken.None);
        if (!preview.IsStorable)
        {
            return preview.RowErrors.All(e => e.Message.Contains("take part in", StringComparison.Ordinal)) ? "forbidden" : string.Join("; ", preview.RowErrors);
        }

        var report = await desks.Import.StoreAsync(preview, user, "127.0.0.1; participation", progress: null, CancellationToken.None);
        return report.Stored == 1 ? "accepted" : $"stored {report.Stored}";
    }

    private static IActivity Activity(string kind, string id, DateOnly today, string member) => kind switch
    {
        "support-session" => new SupportSession(id, today, member, "lnv", Exchange, SupportFormat.Helpdesk, [SupportTopic.Dms], 1, 15, 0, null),
        "knowledge-contact" => new KnowledgeContact(id, today, member, "lnv", null, ContactKind.Consultation, 0.5m, "Archiefwet", Exchange),
        _ => new ProcurementUpdate(id, today, Trajectory, member, null, null, null, null, null, ["lnv"]),
    };

    private static string Csv(string kind, IActivity activity) => activity switch
    {
        SupportSession s => $"id;date;providingMemberId;hostMemberId;initiativeId;format;peopleHelped;durationMinutes\n{s.Id};{s.Date:yyyy-MM-dd};{s.ProvidingMemberId};lnv;{Exchange};helpdesk;1;15\n",
        KnowledgeContact c => $"id;date;fromMemberId;toMemberId;kind;personDays;expertiseArea;initiativeId\n{c.Id};{c.Date:yyyy-MM-dd};{c.FromMemberId};lnv;consultation;0,5;Archiefwet;{Exchange}\n",
        ProcurementUpdate u => $"id;date;initiativeId;registeredByMemberId;joiningMemberIds\n{u.Id};{u.Date:yyyy-MM-dd};{Trajectory};{u.RegisteredByMemberId};lnv\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
