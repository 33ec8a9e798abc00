using Collab.Dashboard.Views;

namespace Collab.Dashboard.Api;

/// <summary>One member's row of the fair comparison as the API answers it: its id, abbreviation (what <c>sort=member</c> orders by) and DIV FTE beside the figures.</summary>
public sealed record ComparisonItem(
    string MemberId,
    string Abbreviation,
    decimal DivFte,
    decimal SupportSessions,
    decimal PeopleHelped,
    decimal KnowledgeContacts,
    decimal DaysGiven,
    decimal DaysReceived,
    decimal? ActivitiesPerFte,
    decimal? ShareOfInitiativesJoined,
    bool JoinedDuringPeriod)
{
    public static ComparisonItem Of(ComparisonRow row) => new(row.Member.Id, row.Member.Abbreviation, row.Member.DivFte, row.SupportSessions, row.PeopleHelped, row.KnowledgeContacts,
        row.DaysGiven, row.DaysReceived, row.ActivitiesPerFte, row.ShareOfInitiativesJoined, row.JoinedDuringPeriod);
}
