using System.Globalization;
using System.Security.Claims;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Live;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Components.Pages;

/// <summary>
/// The manage page: lists members and initiatives, adds them (an id that exists is refused), edits them from the revision
/// that was read (an edit overtaken by another one is refused and says so), and ends a membership by its left-on date.
/// </summary>
public partial class Manage
{
    [Inject] private ICollaborationReader Reader { get; set; } = null!;
    [Inject] private OnboardingDesk Desk { get; set; } = null!;
    [Inject] private CircuitOrigin Origin { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ILogger<Manage> Log { get; set; } = null!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = null!;

    private ClaimsPrincipal user = new();
    private CollaborationFigures figures = CollaborationFigures.Empty;
    private FormChoices choices = FormChoices.Empty;
    private FormChoices ministries = FormChoices.Empty;
    private MemberInput member = new();
    private InitiativeInput initiative = new() { IsNew = true };
    private IReadOnlyList<FieldError> memberErrors = [];
    private IReadOnlyList<FieldError> initiativeErrors = [];
    private string? memberDone;
    private string? initiativeDone;
    private bool memberStale;
    private bool initiativeStale;
    private string? failure;
    private bool saving;

    // What this page saved, shown in the list at once: the collaboration view it reads takes the change in a moment later.
    private readonly Dictionary<string, InitiativeProfile> savedInitiatives = [];

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    private DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    private IEnumerable<MemberProfile> Members => ManageLists.Members(figures);

    private IEnumerable<InitiativeProfile> Initiatives => ManageLists.Initiatives(
        figures.Initiatives.Values.Select(i => i.Profile).Where(p => !savedInitiatives.ContainsKey(p.Id)).Concat(savedInitiatives.Values), Culture);

    private static string Title(InitiativeProfile p) => ManageLists.Title(p, Culture);

    protected override async Task OnInitializedAsync()
    {
        user = (await Authentication).User;
        await Reload();
        member = NewMember();
        initiative = NewInitiative();
    }

    private async Task Reload()
    {
        figures = await Reader.Read();
        choices = FormChoices.From(figures, Culture);
        var ministryIds = figures.Members.Values.Where(m => m.Profile.Kind == MemberKind.Ministry).Select(m => m.Profile.Id).ToHashSet();
        ministries = choices with { Members = [.. choices.Members.Where(m => ministryIds.Contains(m.Id))] };
    }

    private MemberInput NewMember() => new() { JoinedOn = Today };

    private InitiativeInput NewInitiative() => new() { IsNew = true, Start = Today };

    private void NewMemberForm()
    {
        (member, memberErrors, memberDone, memberStale) = (NewMember(), [], null, false);
    }

    private async Task EditMember(string id)
    {
        (memberErrors, memberDone, memberStale) = ([], null, false);
        // Read from the member itself, not the collaboration view, so the revision is the newest.
        if (await Desk.LoadMember(id) is { } stored)
        {
            member = MemberInput.From(stored.Profile, stored.Revision);
        }
    }

    private void NewInitiativeForm()
    {
        (initiative, initiativeErrors, initiativeDone, initiativeStale) = (NewInitiative(), [], null, false);
    }

    private async Task EditInitiative(string id)
    {
        (initiativeErrors, initiativeDone, initiativeStale) = ([], null, false);
        // Read from the initiative itself, not the collaboration view, so the revision is the newest.
        if (await Desk.LoadInitiative(id) is { } stored)
        {
            initiative = InitiativeInput.From(stored.Profile, stored.Revision);
        }
    }

    private async Task SaveMember()
    {
        var profile = member.ToProfile();
        var write = await Save(() => member.IsNew
            ? Desk.AddMember(user, profile, Origin.Value)
            : Desk.EditMember(user, profile, member.Revision, Origin.Value));
        if (write is null)
        {
            return;
        }

        memberStale = write.Outcome == ProfileWriteOutcome.Stale;
        memberErrors = write.Outcome is ProfileWriteOutcome.Saved or ProfileWriteOutcome.Stale ? [] : write.Errors;
        memberDone = write.Outcome == ProfileWriteOutcome.Saved ? Text["ManageMemberSaved", profile.NameNl, profile.Id].Value : null;
        if (write.Outcome == ProfileWriteOutcome.Saved)
        {
            member = NewMember();
            await Reload();
        }
    }

    private async Task SaveInitiative()
    {
        var profile = initiative.ToProfile();
        var write = await Save(() => initiative.IsNew
            ? Desk.AddInitiative(user, profile, Origin.Value)
            : Desk.EditInitiative(user, profile, initiative.Revision, Origin.Value));
        if (write is null)
        {
            return;
        }

        initiativeStale = write.Outcome == ProfileWriteOutcome.Stale;
        initiativeErrors = write.Outcome is ProfileWriteOutcome.Saved or ProfileWriteOutcome.Stale ? [] : write.Errors;
        initiativeDone = write.Outcome == ProfileWriteOutcome.Saved ? Text["ManageInitiativeSaved", profile.TitleNl].Value : null;
        if (write.Outcome == ProfileWriteOutcome.Saved)
        {
            initiative = InitiativeInput.From(profile, write.Revision);
            await Reload();
            savedInitiatives[profile.Id] = profile;
        }
    }

    private async Task<ProfileWrite?> Save(Func<Task<ProfileWrite>> save)
    {
        if (saving)
        {
            return null;
        }

        saving = true;
        failure = null;
        try
        {
            return await save();
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e))
        {
            Log.LogWarning(e, "An onboarding change could not be stored");
            failure = Text["RegisterStoreUnavailable"];
            return null;
        }
        finally
        {
            saving = false;
        }
    }
}
