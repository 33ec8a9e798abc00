using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api.Docs;
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

        api.MapGet("/comparison", Comparison).RequireAuthorization(ApiRoles.ReadPolicy).Produces<ComparisonItem[]>().WithExports().WithComparisonDocs()
            .WithSummary("The fair comparison of members, a page at a time")
            .WithDescription("Every member's figures for the period, per DIV FTE or absolute, filtered and sorted over every member before the "
                + "page is cut (ties by member id, so no member is on two pages). JSON answers one page of 'take' rows (1–1,000, default 50): "
                + "the Link header names the first, previous, next and last page, X-Total-Count the rows on every page together. "
                + "CSV, XLSX and ODS hold every row in the same order.");

        api.MapGet("/exchange-matrix", ExchangeMatrix).RequireAuthorization(ApiRoles.ReadPolicy).Produces<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContactTally>>>().WithExports();

        return api;
    }

    /// <summary>
    /// One page of the comparison as JSON (the <c>Link</c> header names the other pages, <c>X-Total-Count</c> the rows), or every
    /// row as a table; sorted and filtered over every member first, from the comparison built once per version of the figures.
    /// </summary>
    /// <param name="format">json (default), csv, xlsx or ods; or ask with Accept (see the README).</param>
    private static async Task<IResult> Comparison(HttpContext context, string? from, string? to, bool? perFte, string? sort, string? direction, string? kind,
        string? ministry, string? take, string? page, string? format, ICollaborationReader reader, TimeProvider time)
    {
        if (!PeriodQuery.TryRead(from, to, time, out var period, out var problem))
        {
            return problem!;
        }

        if (!ComparisonQuery.TryRead(sort, direction, kind, ministry, take, page, out var query, out var errors))
        {
            return Results.ValidationProblem(errors, title: "The comparison's parameters are not valid");
        }

        var figures = await reader.Read();
        if (query.Ministry is { } parent && !(figures.Members.TryGetValue(parent, out var m) && m.Profile.Kind == MemberKind.Ministry))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["ministry"] = ["'ministry' is the member id of a ministry, such as ocw."] },
                title: "The comparison's parameters are not valid");
        }

        var relative = perFte ?? true;
        var rows = ComparisonModel.Build(figures, query.Options(period, relative));
        return await ApiExports.Answer(
            context,
            () => Page(context, rows, query),
            () => ApiExports.Table(context, "comparison", period, $"perFte={(relative ? "true" : "false")}",
                [
                    new("memberId", ExportKind.Text), new("abbreviation", ExportKind.Text), new("divFte", ExportKind.TwoDecimals), new("supportSessions", ExportKind.TwoDecimals),
                    new("peopleHelped", ExportKind.TwoDecimals), new("knowledgeContacts", ExportKind.TwoDecimals), new("daysGiven", ExportKind.TwoDecimals),
                    new("daysReceived", ExportKind.TwoDecimals), new("activitiesPerFte", ExportKind.TwoDecimals), new("shareOfInitiativesJoined", ExportKind.Percent),
                    new("joinedDuringPeriod", ExportKind.Text),
                ],
                rows.Select(r => new object?[]
                {
                    r.Member.Id, r.Member.Abbreviation, r.Member.DivFte, r.SupportSessions, r.PeopleHelped, r.KnowledgeContacts, r.DaysGiven, r.DaysReceived, r.ActivitiesPerFte,
                    r.ShareOfInitiativesJoined, r.JoinedDuringPeriod ? "true" : "false",
                })));
    }

    /// <summary>The asked page's rows, with the links to the others and the whole count in the headers.</summary>
    private static ComparisonItem[] Page(HttpContext context, System.Collections.Immutable.ImmutableArray<ComparisonRow> rows, ComparisonQuery query)
    {
        var request = context.Request;
        context.Response.Headers[ApiPaging.TotalCountHeader] = rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.Link = ApiPaging.Links(request.PathBase + request.Path,
            request.Query.Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())), query.Page, query.Take, rows.Length);
        return [.. ApiPaging.Slice(rows, query.Page, query.Take).Select(ComparisonItem.Of)];
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
