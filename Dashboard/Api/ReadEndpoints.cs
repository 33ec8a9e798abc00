using Collab.Contracts.Indicators;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Live;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Api;

/// <summary>GET the members, initiatives, indicators, comparison and exchange matrix; collaboration totals are public open data.</summary>
public static class ReadEndpoints
{
    public static RouteGroupBuilder MapReads(this RouteGroupBuilder api)
    {
        api.MapGet("/members", async (ICollaborationReader reader) =>
            Results.Ok((await reader.Read()).Members.Values.Select(m => m.Profile).OrderBy(p => p.Id)))
            .RequireAuthorization(ApiRoles.ReadPolicy).Produces<Contracts.Members.MemberProfile[]>();

        api.MapGet("/initiatives", async (ICollaborationReader reader) =>
            Results.Ok((await reader.Read()).Initiatives.Values.Select(i => new InitiativeItem(i.Profile, i.Trajectory.Current.Phase)).OrderBy(i => i.Profile.Id)))
            .RequireAuthorization(ApiRoles.ReadPolicy).Produces<InitiativeItem[]>();

        api.MapGet("/indicators/collaboration", async (string? from, string? to, ICollaborationReader reader, TimeProvider time) =>
            !PeriodQuery.TryRead(from, to, time, out var period, out var problem) ? problem!
            : Results.Ok(IndicatorCalculator.ForCollaboration(await reader.Read(), period)))
            .AllowAnonymous().Produces<IndicatorSnapshot>();

        api.MapGet("/indicators/members/{id}", async (string id, string? from, string? to, ICollaborationReader reader, TimeProvider time) =>
        {
            if (!PeriodQuery.TryRead(from, to, time, out var period, out var problem))
            {
                return problem!;
            }

            var figures = await reader.Read();
            return figures.Members.ContainsKey(id) ? Results.Ok(IndicatorCalculator.ForMember(figures, id, period)) : NotFound("member", id);
        }).RequireAuthorization(ApiRoles.ReadPolicy).Produces<IndicatorSnapshot>();

        api.MapGet("/indicators/initiatives/{id}", async (string id, string? from, string? to, ICollaborationReader reader, TimeProvider time) =>
        {
            if (!PeriodQuery.TryRead(from, to, time, out var period, out var problem))
            {
                return problem!;
            }

            var figures = await reader.Read();
            return figures.Initiatives.ContainsKey(id) ? Results.Ok(IndicatorCalculator.ForInitiative(figures, id, period)) : NotFound("initiative", id);
        }).RequireAuthorization(ApiRoles.ReadPolicy).Produces<IndicatorSnapshot>();

        api.MapGet("/comparison", Comparison).RequireAuthorization(ApiRoles.ReadPolicy).Produces<ComparisonItem[]>().WithExports();

        api.MapGet("/exchange-matrix", ExchangeMatrix).RequireAuthorization(ApiRoles.ReadPolicy).Produces<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContactTally>>>().WithExports();

        return api;
    }

    /// <param name="format">json (default), csv, xlsx or ods; or ask with Accept (see the README).</param>
    private static async Task<IResult> Comparison(HttpContext context, string? from, string? to, bool? perFte, string? format, ICollaborationReader reader, TimeProvider time)
    {
        if (!PeriodQuery.TryRead(from, to, time, out var period, out var problem))
        {
            return problem!;
        }

        var rows = ComparisonModel.Build(await reader.Read(), new ComparisonOptions(period, perFte ?? true));
        return await ApiExports.Answer(
            context,
            rows.Select(ComparisonItem.Of).ToArray(),
            () => ApiExports.Table(context, "comparison", period, $"perFte={(perFte ?? true ? "true" : "false")}",
                [
                    new("memberId", ExportKind.Text), new("divFte", ExportKind.TwoDecimals), new("supportSessions", ExportKind.TwoDecimals), new("peopleHelped", ExportKind.TwoDecimals),
                    new("knowledgeContacts", ExportKind.TwoDecimals), new("daysGiven", ExportKind.TwoDecimals), new("daysReceived", ExportKind.TwoDecimals),
                    new("activitiesPerFte", ExportKind.TwoDecimals), new("shareOfInitiativesJoined", ExportKind.Percent), new("joinedDuringPeriod", ExportKind.Text),
                ],
                rows.Select(r => new object?[]
                {
                    r.Member.Id, r.Member.DivFte, r.SupportSessions, r.PeopleHelped, r.KnowledgeContacts, r.DaysGiven, r.DaysReceived, r.ActivitiesPerFte, r.ShareOfInitiativesJoined,
                    r.JoinedDuringPeriod ? "true" : "false",
                })));
    }

    /// <summary>The matrix as JSON (giver → receiver → tally), or as a table of one row per cell, givers and receivers in order.</summary>
    private static async Task<IResult> ExchangeMatrix(HttpContext context, string? from, string? to, string? format, ICollaborationReader reader, TimeProvider time)
    {
        if (!PeriodQuery.TryRead(from, to, time, out var period, out var problem))
        {
            return problem!;
        }

        var cells = IndicatorCalculator.Matrix(await reader.Read(), period).Cells;
        return await ApiExports.Answer(context, cells, () => ApiExports.Table(context, "exchange-matrix", period, "",
            [new("giver", ExportKind.Text), new("receiver", ExportKind.Text), new("contacts", ExportKind.Whole), new("days", ExportKind.OneDecimal)],
            cells.OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g.Value.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new object?[] { g.Key, r.Key, (decimal)r.Value.Contacts, r.Value.Days }))));
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(title: $"No such {what}", detail: $"There is no {what} '{(id.Length > Rules.MaxIdLength ? id[..Rules.MaxIdLength] + "…" : id)}'.", statusCode: StatusCodes.Status404NotFound);
}
