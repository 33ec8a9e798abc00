using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;
using Collab.Dashboard.Audit;
using Collab.Dashboard.Desk;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>A step on a version: the reason is required; a new version may start as a concept (the default is fixed).</summary>
public sealed record VersionRequest(string? Reason, VersionState? State = null);

/// <summary>A version with its figures: the collaboration, each member and initiative over the period, and the exchange matrix.</summary>
public sealed record VersionFigures(
    PeriodVersion Version,
    IndicatorSnapshot Collaboration,
    ImmutableSortedDictionary<string, IndicatorSnapshot> Members,
    ImmutableSortedDictionary<string, IndicatorSnapshot> Initiatives,
    ImmutableDictionary<string, ImmutableDictionary<string, ContactTally>> ExchangeMatrix);

/// <summary>
/// Fixed versions of a month, quarter or year: every signed-in role reads them; only the collaboration manager takes, fixes,
/// publishes and supersedes one, each through <see cref="PeriodVersionDesk"/>. 409 names the state that does not allow the step.
/// </summary>
public static class PeriodVersionEndpoints
{
    public static RouteGroupBuilder MapPeriodVersions(this RouteGroupBuilder api)
    {
        var periods = api.MapGroup("/periods/{period}/versions");
        periods.MapGet(string.Empty, List);
        periods.MapGet("/{number:int}", One);
        var manage = periods.MapGroup(string.Empty).RequireAuthorization(ApiRoles.ManagePolicy).RequireRateLimiting(WriteLimits.Policy);
        manage.MapPost(string.Empty, Take);
        manage.MapPost("/{number:int}/fix", (string period, int number, VersionRequest body, HttpContext http, PeriodVersionDesk desk) =>
            Step(desk.Advance(http.User, period, number, VersionState.Fixed, body.Reason)));
        manage.MapPost("/{number:int}/publish", (string period, int number, VersionRequest body, HttpContext http, PeriodVersionDesk desk) =>
            Step(desk.Advance(http.User, period, number, VersionState.Published, body.Reason)));
        manage.MapPost("/{number:int}/supersede", Supersede);
        return api;
    }

    public static async Task<Results<Ok<ImmutableArray<PeriodVersion>>, ValidationProblem>> List(string period, PeriodVersionDesk desk) =>
        await desk.List(period) is { } versions ? TypedResults.Ok(versions) : PeriodProblem();

    public static async Task<Results<Ok<VersionFigures>, ProblemHttpResult, ValidationProblem>> One(string period, int number, PeriodVersionDesk desk)
    {
        if (!PeriodKey.TryParse(period, out var parsed))
        {
            return PeriodProblem();
        }

        var version = (await desk.List(period))?.FirstOrDefault(v => v.Number == number);
        if (version is null || await desk.Figures(period, number) is not { } figures)
        {
            return TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"There is no version {number} of {period}.");
        }

        var matrix = IndicatorCalculator.Matrix(figures, parsed);
        return TypedResults.Ok(new VersionFigures(
            version,
            IndicatorCalculator.ForCollaboration(figures, parsed),
            figures.Members.Keys.ToImmutableSortedDictionary(id => id, id => IndicatorCalculator.ForMember(figures, id, parsed, matrix), StringComparer.Ordinal),
            figures.Initiatives.Keys.ToImmutableSortedDictionary(id => id, id => IndicatorCalculator.ForInitiative(figures, id, parsed), StringComparer.Ordinal),
            matrix.Cells));
    }

    public static async Task<Results<Created<PeriodVersion>, ValidationProblem, ProblemHttpResult>> Take(string period, VersionRequest body, HttpContext http, PeriodVersionDesk desk) =>
        Created(http, period, await desk.Take(http.User, period, body.State ?? VersionState.Fixed, body.Reason));

    public static async Task<Results<Created<PeriodVersion>, ValidationProblem, ProblemHttpResult>> Supersede(string period, int number, VersionRequest body, HttpContext http, PeriodVersionDesk desk) =>
        Created(http, period, await desk.Supersede(http.User, period, number, body.Reason));

    private static Results<Created<PeriodVersion>, ValidationProblem, ProblemHttpResult> Created(HttpContext http, string period, VersionWrite write)
    {
        if (write.Outcome == VersionWriteOutcome.Invalid)
        {
            return Invalid(write);
        }

        if (write.Outcome != VersionWriteOutcome.Saved)
        {
            return Problem(write);
        }

        // The audit line names the new version, as for any POST that creates.
        http.Items[AuditMiddleware.ObjectItem] = write.Version!.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Created(PeriodVersionDesk.PathOf(period, write.Version.Number), write.Version);
    }

    private static async Task<Results<Ok<PeriodVersion>, ValidationProblem, ProblemHttpResult>> Step(Task<VersionWrite> step)
    {
        var write = await step;
        return write.Outcome switch
        {
            VersionWriteOutcome.Saved => TypedResults.Ok(write.Version),
            VersionWriteOutcome.Invalid => Invalid(write),
            _ => Problem(write),
        };
    }

    private static ValidationProblem Invalid(VersionWrite write) => TypedResults.ValidationProblem(ApiResults.Errors(write.Errors), title: "The step is not valid");

    private static ProblemHttpResult Problem(VersionWrite write)
    {
        var (status, title) = write.Outcome switch
        {
            VersionWriteOutcome.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed"),
            VersionWriteOutcome.NotFound => (StatusCodes.Status404NotFound, "Not Found"),
            _ => (StatusCodes.Status409Conflict, "Not allowed in this state"),
        };
        return TypedResults.Problem(title: title, detail: write.Errors[0].Message, statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = ApiResults.Errors(write.Errors) });
    }

    private static ValidationProblem PeriodProblem() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["period"] = ["A period is a month (2026-03), a quarter (2026-Q1) or a year (2026)."] }, title: "The period is not valid");
}
