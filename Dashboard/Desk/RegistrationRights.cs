using System.Security.Claims;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Desk;

/// <summary>
/// Who may make a registration, the one rule set for the API, the batch, the import and the forms: a registrar only for
/// their own member; an activity counts toward an initiative only when its member takes part in it; a procurement update
/// only from the trajectory's lead or participants (or the collaboration manager).
/// </summary>
public static class RegistrationRights
{
    /// <summary>Why <paramref name="user"/> may not make <paramref name="activity"/>, or null when they may.</summary>
    /// <param name="initiative">The profile of an initiative, or null when it does not exist (the validator names that).</param>
    public static FieldError? Refusal(ClaimsPrincipal user, IActivity activity, Func<string, InitiativeProfile?> initiative)
    {
        var owner = activity.OwnerId;
        if (!user.MayRegisterFor(owner))
        {
            return new FieldError(ActivityKind.Of(activity).OwnerField, FieldErrorCode.Forbidden, $"You may not register for '{owner}'.");
        }

        var (initiativeId, managerMay) = activity switch
        {
            ProcurementUpdate u => (u.InitiativeId, true),
            SupportSession s => (s.InitiativeId, false),
            KnowledgeContact c => (c.InitiativeId, false),
            _ => (null, false),
        };
        if (string.IsNullOrWhiteSpace(initiativeId) || (managerMay && user.IsManager()) || initiative(initiativeId) is not { } profile)
        {
            return null;
        }

        return profile.TakesPart(owner) ? null
            : new FieldError("initiativeId", FieldErrorCode.Forbidden, $"'{owner}' does not take part in '{initiativeId}'.");
    }

    private static bool TakesPart(this InitiativeProfile profile, string memberId) =>
        profile.LeadMemberId == memberId || (!profile.ParticipantIds.IsDefault && profile.ParticipantIds.Contains(memberId));
}
