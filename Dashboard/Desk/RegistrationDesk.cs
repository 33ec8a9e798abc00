using System.Security.Claims;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Desk;

/// <summary>
/// Where the forms and the import register: the caller's right to register for the owning member is checked here,
/// on the server, before a grain is touched; the grain checks every other rule.
/// </summary>
public sealed class RegistrationDesk(IClusterClient client, PageAudit audit)
{
    public const string ForbiddenCode = "forbidden";

    /// <summary>One registration from a form, with its line in the audit trail.</summary>
    public async Task<RegistrationResult> RegisterAudited(ClaimsPrincipal user, IActivity activity, string origin)
    {
        var result = await Register(user, activity);
        await audit.WriteAsync(user, $"/registreren/{ResourceOf(activity)}/{Truncate(activity.Id)}", StatusOf(result), origin);
        return result;
    }

    /// <summary>One registration; the import writes one audit line for the whole file instead of one per row.</summary>
    public async Task<RegistrationResult> Register(ClaimsPrincipal user, IActivity activity)
    {
        var ownerField = OwnerFieldOf(activity);
        if (string.IsNullOrWhiteSpace(activity.OwnerId) || activity.OwnerId.Length > Rules.MaxIdLength)
        {
            return RegistrationResult.Invalid([new FieldError(ownerField, "required", "An existing member id is required.")]);
        }

        if (!user.MayRegisterFor(activity.OwnerId))
        {
            return RegistrationResult.Invalid([new FieldError(ownerField, ForbiddenCode, $"You may not register for '{activity.OwnerId}'.")]);
        }

        return activity switch
        {
            SupportSession s => await client.GetGrain<IMemberGrain>(s.ProvidingMemberId).Register(s),
            KnowledgeContact c => await client.GetGrain<IMemberGrain>(c.FromMemberId).Register(c),
            ProcurementUpdate { InitiativeId: null or "" } or ProcurementUpdate { InitiativeId.Length: > Rules.MaxIdLength } =>
                RegistrationResult.Invalid([new FieldError("initiativeId", "required", "An existing initiative id is required.")]),
            ProcurementUpdate u => await client.GetGrain<IInitiativeGrain>(u.InitiativeId).Register(u),
            _ => throw new ArgumentOutOfRangeException(nameof(activity), activity.GetType().Name, "Not a registrable activity."),
        };
    }

    /// <summary>The status the API would have answered with, so the audit trail reads the same for pages and API.</summary>
    public static int StatusOf(RegistrationResult result) => result.Outcome switch
    {
        RegistrationOutcome.Accepted => StatusCodes.Status201Created,
        RegistrationOutcome.Duplicate => StatusCodes.Status200OK,
        RegistrationOutcome.Conflict => StatusCodes.Status409Conflict,
        _ when result.Errors.Any(e => e.Code == ForbiddenCode) => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    public static string ResourceOf(IActivity activity) => activity switch
    {
        SupportSession => "support-sessions",
        KnowledgeContact => "knowledge-contacts",
        _ => "procurement-updates",
    };

    private static string OwnerFieldOf(IActivity activity) => activity switch
    {
        SupportSession => "providingMemberId",
        KnowledgeContact => "fromMemberId",
        _ => "registeredByMemberId",
    };

    private static string Truncate(string? id) => id is null ? string.Empty : id.Length <= Rules.MaxIdLength ? id : id[..Rules.MaxIdLength] + "…";
}
