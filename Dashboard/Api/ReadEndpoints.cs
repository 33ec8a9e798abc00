using Collab.Contracts.Indicators;
using Collab.Contracts.Registrations;
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

        api.MapGet("/comparison", async (string? from, string? to, bool? perFte, ICollaborationReader reader, TimeProvider time) =>
            !PeriodQuery.TryRead(from, to, time, out var period, out var problem) ? problem!
            : Results.Ok(ComparisonModel.Build(await reader.Read(), new ComparisonOptions(period, perFte ?? true))
                .Select(ComparisonItem.Of).ToArray()))
            .RequireAuthorization(ApiRoles.ReadPolicy).Produces<ComparisonItem[]>();

        api.MapGet("/exchange-matrix", async (string? from, string? to, ICollaborationReader reader, TimeProvider time) =>
            !PeriodQuery.TryRead(from, to, time, out var period, out var problem) ? problem!
            : Results.Ok(IndicatorCalculator.Matrix(await reader.Read(), period).Cells))
            .RequireAuthorization(ApiRoles.ReadPolicy).Produces<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContactTally>>>();

        return api;
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(title: $"No such {what}", detail: $"There is no {what} '{(id.Length > Rules.MaxIdLength ? id[..Rules.MaxIdLength] + "…" : id)}'.", statusCode: StatusCodes.Status404NotFound);
}
