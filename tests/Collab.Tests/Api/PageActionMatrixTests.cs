using System.Security.Claims;
using System.Text;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Import;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// Every page action × every role × own or other member, through the same server-side entry points the pages call
/// (the registration desk, the onboarding desk, the import runner), against the running product.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PageActionMatrixTests(RunningProduct product)
{
    private const string Own = "ocw";
    private const string Other = "ezk";

    public static TheoryData<string, string, string, string> Cells
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            // action, role, whose, expected outcome
            foreach (var role in new[] { "anonymous", "department-head", "registrar", "collaboration-manager" })
            {
                foreach (var whose in new[] { "own", "other" })
                {
                    var mayRegister = role == "collaboration-manager" || (role == "registrar" && whose == "own");
                    foreach (var action in new[] { "register-support-session", "register-knowledge-contact", "register-procurement-update" })
                    {
                        data.Add(action, role, whose, mayRegister ? "201" : "403");
                    }

                    data.Add("import-support-sessions", role, whose, mayRegister ? "stored" : "refused");
                    data.Add("save-member", role, whose, role == "collaboration-manager" ? "201" : "403");
                    data.Add("save-initiative", role, whose, role == "collaboration-manager" ? "201" : "403");
                    data.Add("edit-member", role, whose, role == "collaboration-manager" ? "200" : "403");
                    data.Add("end-membership", role, whose, role == "collaboration-manager" ? "200" : "403");
                    data.Add("edit-initiative", role, whose, role == "collaboration-manager" ? "200" : "403");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_may_take_exactly_the_page_actions_it_may(string action, string role, string whose, string expected)
    {
        await product.WaitForDemoAsync();
        await using var orleans = await product.App.ConnectClient();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var desks = new ProductDesks(orleans.Client, redis);
        var registrations = desks.Registrations;
        var onboarding = desks.Onboarding;
        var user = role == "anonymous" ? new ClaimsPrincipal(new ClaimsIdentity())
            : DevelopmentIdentity.Create(role, role == "collaboration-manager" ? null : Own, "test");
        var member = whose == "own" ? Own : Other;
        var id = $"page-{Guid.NewGuid():N}"[..20];
        var today = DateOnly.FromDateTime(DateTime.Today);
        const string origin = "127.0.0.1; matrix";

        var actual = action switch
        {
            "register-support-session" => Status(await registrations.RegisterAudited(user,
                new SupportSession(id, today, member, "lnv", null, SupportFormat.Helpdesk, [SupportTopic.Dms], 1, 15, 0, null), origin)),
            "register-knowledge-contact" => Status(await registrations.RegisterAudited(user,
                new KnowledgeContact(id, today, member, "lnv", null, ContactKind.Consultation, 0.5m, "Archiefwet", null), origin)),
            "register-procurement-update" => Status(await registrations.RegisterAudited(user,
                new ProcurementUpdate(id, today, "inkoop-dms-licenties", member, null, null, null, null, null, ["lnv"]), origin)),
            "save-member" => Status(await onboarding.AddMember(user, Agency(id, today), origin), created: true),
            "save-initiative" => Status(await onboarding.AddInitiative(user, Training(id, today), origin), created: true),
            "edit-member" => Status(await onboarding.EditMember(user, Agency(id, today) with { DivFte = 4m },
                await Existing(orleans.Client.GetGrain<IMemberGrain>(id), Agency(id, today)), origin), created: false),
            "end-membership" => Status(await onboarding.EditMember(user, Agency(id, today) with { LeftOn = today },
                await Existing(orleans.Client.GetGrain<IMemberGrain>(id), Agency(id, today)), origin), created: false),
            "edit-initiative" => Status(await onboarding.EditInitiative(user, Training(id, today) with { TitleEn = "Trial 2" },
                await Existing(orleans.Client.GetGrain<IInitiativeGrain>(id), Training(id, today)), origin), created: false),
            "import-support-sessions" => await Import(desks.Import, user, id, member, today),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };

        Assert.True(expected == actual, $"{action} as {role} ({whose}): expected {expected}, got {actual}");
    }

    private static string Status(RegistrationResult result) => RegistrationDesk.StatusOf(result).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Status(ProfileWrite write, bool created) =>
        OnboardingDesk.StatusOf(write, created).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MemberProfile Agency(string id, DateOnly today) => new(id, "Proef", "Trial", "PR", MemberKind.ExecutingAgency, "lnv", 3m, today);

    private static InitiativeProfile Training(string id, DateOnly today) => new(id, "Proef", "Trial", InitiativeKind.Training, "lnv", ["lnv"], today, null, []);

    /// <summary>Sets the member up (as the demo loader would) and answers the revision an edit names.</summary>
    private static async Task<long> Existing(IMemberGrain grain, MemberProfile profile)
    {
        Assert.True((await grain.SetProfile(profile)).IsCounted);
        return (await grain.GetVersionedProfile())!.Revision;
    }

    private static async Task<long> Existing(IInitiativeGrain grain, InitiativeProfile profile)
    {
        Assert.True((await grain.SetProfile(profile)).IsCounted);
        return (await grain.GetVersionedProfile())!.Revision;
    }

    private static async Task<string> Import(ImportRunner runner, ClaimsPrincipal user, string id, string member, DateOnly today)
    {
        var csv = $"id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n{id};{today:yyyy-MM-dd};{member};lnv;helpdesk;1;15\n";
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var preview = await runner.PreviewAsync(ImportKind.SupportSessions, file, user, CancellationToken.None);
        if (!preview.IsStorable)
        {
            return "refused";
        }

        var report = await runner.StoreAsync(preview, user, "127.0.0.1; matrix", progress: null, CancellationToken.None);
        return report.Stored == 1 ? "stored" : $"stored {report.Stored}";
    }
}
