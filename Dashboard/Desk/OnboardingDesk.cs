using System.Collections.Immutable;
using System.Security.Claims;
using Collab.Contracts.Directory;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Desk;

/// <summary>
/// Where the manage page onboards and edits members and initiatives: only the collaboration manager, checked here on the server.
/// Adding never overwrites an id that exists; an edit names the revision it started from and is refused when someone changed it since.
/// The audit line names the profile's API path, as the API's own line for the same write would.
/// </summary>
public sealed class OnboardingDesk(IClusterClient client, PageAudit audit, TimeProvider? time = null)
{
    public Task<Versioned<MemberProfile>?> LoadMember(string id) => client.GetGrain<IMemberGrain>(id).GetVersionedProfile();

    public Task<Versioned<InitiativeProfile>?> LoadInitiative(string id) => client.GetGrain<IInitiativeGrain>(id).GetVersionedProfile();

    public Task<ProfileWrite> AddMember(ClaimsPrincipal user, MemberProfile member, string origin) =>
        Save(user, OnboardingEndpoints.MemberPath(member.Id), origin, member.Id, true, k => ProfileValidator.Validate(member, k, Today), () => client.GetGrain<IMemberGrain>(member.Id).Create(member));

    public Task<ProfileWrite> EditMember(ClaimsPrincipal user, MemberProfile member, long revision, string origin) =>
        Save(user, OnboardingEndpoints.MemberPath(member.Id), origin, member.Id, false, k => ProfileValidator.Validate(member, k, Today), () => client.GetGrain<IMemberGrain>(member.Id).Update(member, revision));

    public Task<ProfileWrite> AddInitiative(ClaimsPrincipal user, InitiativeProfile initiative, string origin) =>
        Save(user, OnboardingEndpoints.InitiativePath(initiative.Id), origin, initiative.Id, true, k => ProfileValidator.Validate(initiative, k), () => client.GetGrain<IInitiativeGrain>(initiative.Id).Create(initiative));

    public Task<ProfileWrite> EditInitiative(ClaimsPrincipal user, InitiativeProfile initiative, long revision, string origin) =>
        Save(user, OnboardingEndpoints.InitiativePath(initiative.Id), origin, initiative.Id, false,
            k => ProfileValidator.Validate(initiative, k), () => client.GetGrain<IInitiativeGrain>(initiative.Id).Update(initiative, revision));

    /// <summary>The HTTP status the same write gets on the API, for the audit line.</summary>
    public static int StatusOf(ProfileWrite write, bool created) => write.Outcome switch
    {
        ProfileWriteOutcome.Saved => created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
        ProfileWriteOutcome.Exists => StatusCodes.Status409Conflict,
        ProfileWriteOutcome.NotFound => StatusCodes.Status404NotFound,
        ProfileWriteOutcome.Stale => StatusCodes.Status412PreconditionFailed,
        ProfileWriteOutcome.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private DateOnly Today => DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    private async Task<ProfileWrite> Save(ClaimsPrincipal user, string target, string origin, string? id, bool created,
        Func<IKnownIds, ImmutableArray<FieldError>> validate, Func<Task<ProfileWrite>> save)
    {
        var result = !user.IsManager()
            ? ProfileWrite.Forbidden("Only the collaboration manager onboards and edits.")
            : string.IsNullOrWhiteSpace(id) || id.Length > Rules.MaxIdLength
                // No grain for a missing id: the same rules, checked here, so every wrong field is named at once.
                ? ProfileWrite.Invalid(validate(await client.GetGrain<IDirectoryGrain>(0).GetListing()))
                : await save();
        await audit.WriteAsync(user, target, StatusOf(result, created), origin);
        return result;
    }
}
