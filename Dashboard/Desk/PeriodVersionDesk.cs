using System.Collections.Immutable;
using System.Security.Claims;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;
using Collab.Dashboard.Audit;

namespace Collab.Dashboard.Desk;

/// <summary>
/// The one way a period version is taken, advanced or superseded, for the API and the manage page: only the collaboration
/// manager, a period that is a whole month, quarter or year and not in the future, a reason for every step; the grain decides
/// whether the step is allowed from the version's state. Pages get their audit line here; the API's middleware writes the API's.
/// </summary>
public sealed class PeriodVersionDesk(IClusterClient client, PageAudit audit, TimeProvider time)
{
    public static string PathOf(string period, int? number = null, string? step = null) =>
        $"{ApiSetup.Prefix}/periods/{period}/versions" + (number is { } n ? $"/{n}" : "") + (step is null ? "" : $"/{step}");

    /// <summary>The versions of a period, oldest first; null when the key names no month, quarter or year.</summary>
    public async Task<ImmutableArray<PeriodVersion>?> List(string period) =>
        PeriodKey.TryParse(period, out _) ? await client.GetGrain<IPeriodVersionsGrain>(period).List() : null;

    public async Task<CollaborationFigures?> Figures(string period, int number) =>
        PeriodKey.TryParse(period, out _) ? await client.GetGrain<IPeriodVersionsGrain>(period).Figures(number) : null;

    public Task<VersionWrite> Take(ClaimsPrincipal user, string period, VersionState state, string? reason) =>
        Write(user, period, reason, grain => grain.Take(state, AuditMiddleware.ActorOf(user), reason!));

    public Task<VersionWrite> Advance(ClaimsPrincipal user, string period, int number, VersionState to, string? reason) =>
        Write(user, period, reason, grain => grain.Advance(number, to, AuditMiddleware.ActorOf(user), reason!));

    public Task<VersionWrite> Supersede(ClaimsPrincipal user, string period, int number, string? reason) =>
        Write(user, period, reason, grain => grain.Supersede(number, AuditMiddleware.ActorOf(user), reason!));

    public async Task<VersionWrite> TakeAudited(ClaimsPrincipal user, string period, VersionState state, string? reason, string origin)
    {
        var result = await Take(user, period, state, reason);
        await Audit(user, PathOf(Safe(period), result.Version?.Number), result, origin);
        return result;
    }

    public async Task<VersionWrite> AdvanceAudited(ClaimsPrincipal user, string period, int number, VersionState to, string? reason, string origin)
    {
        var result = await Advance(user, period, number, to, reason);
        await Audit(user, PathOf(Safe(period), number, to == VersionState.Published ? "publish" : "fix"), result, origin);
        return result;
    }

    public async Task<VersionWrite> SupersedeAudited(ClaimsPrincipal user, string period, int number, string? reason, string origin)
    {
        var result = await Supersede(user, period, number, reason);
        await Audit(user, PathOf(Safe(period), number, "supersede"), result, origin);
        return result;
    }

    /// <summary>The HTTP status the same step gets on the API, for the audit line.</summary>
    public static int StatusOf(VersionWrite write, bool created) => write.Outcome switch
    {
        VersionWriteOutcome.Saved => created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
        VersionWriteOutcome.NotFound => StatusCodes.Status404NotFound,
        VersionWriteOutcome.Conflict => StatusCodes.Status409Conflict,
        VersionWriteOutcome.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string Safe(string period) => period.Length <= 20 ? period : period[..20] + "…";

    private Task Audit(ClaimsPrincipal user, string target, VersionWrite result, string origin) =>
        audit.WriteAsync(user, target, StatusOf(result, created: !target.EndsWith("publish", StringComparison.Ordinal) && !target.EndsWith("fix", StringComparison.Ordinal)), origin);

    private async Task<VersionWrite> Write(ClaimsPrincipal user, string period, string? reason, Func<IPeriodVersionsGrain, Task<VersionWrite>> step)
    {
        if (!user.IsManager())
        {
            return VersionWrite.Forbidden("Only the collaboration manager fixes, publishes and supersedes versions.");
        }

        var rules = new Rules().Text("reason", reason, Rules.MaxNoteLength, required: true);
        if (!PeriodKey.TryParse(period, out var parsed))
        {
            rules.Fail("period", FieldErrorCode.Format, "A period is a month (2026-03), a quarter (2026-Q1) or a year (2026).");
        }
        else if (parsed.From > YearMonth.Of(DateOnly.FromDateTime(time.GetLocalNow().DateTime)))
        {
            rules.Fail("period", FieldErrorCode.InFuture, "A period that has not begun cannot be fixed.");
        }

        return rules.Errors.IsEmpty ? await step(client.GetGrain<IPeriodVersionsGrain>(period)) : VersionWrite.Invalid(rules.Errors);
    }
}
