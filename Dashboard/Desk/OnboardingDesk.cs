using System.Security.Claims;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Desk;

/// <summary>Where the manage page onboards members and edits initiatives: only the collaboration manager, checked here on the server.</summary>
public sealed class OnboardingDesk(IClusterClient client, PageAudit audit)
{
    public Task<RegistrationResult> SaveMember(ClaimsPrincipal user, MemberProfile member, string origin) =>
        Save(user, $"/beheer/members/{member.Id}", origin, () => client.GetGrain<IMemberGrain>(member.Id).SetProfile(member), member.Id);

    public Task<RegistrationResult> SaveInitiative(ClaimsPrincipal user, InitiativeProfile initiative, string origin) =>
        Save(user, $"/beheer/initiatives/{initiative.Id}", origin, () => client.GetGrain<IInitiativeGrain>(initiative.Id).SetProfile(initiative), initiative.Id);

    private async Task<RegistrationResult> Save(ClaimsPrincipal user, string target, string origin, Func<Task<RegistrationResult>> save, string? id)
    {
        var result = !user.IsManager()
            ? RegistrationResult.Invalid([new FieldError("id", RegistrationDesk.ForbiddenCode, "Only the collaboration manager onboards and edits.")])
            : string.IsNullOrWhiteSpace(id) || id.Length > Rules.MaxIdLength
                ? RegistrationResult.Invalid([new FieldError("id", "required", "An id of at most 64 lowercase letters, digits and '-' is required.")])
                : await save();
        await audit.WriteAsync(user, target.Length <= 200 ? target : target[..200], RegistrationDesk.StatusOf(result), origin);
        return result;
    }
}
