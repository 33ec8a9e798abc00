using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Indicators;

/// <summary>
/// A member's figures as its grain holds them: all activity per month, and the part tagged with each initiative.
/// <see cref="Sequence"/> counts the ledger entries applied, so newer figures are told from older ones.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MemberFigures(
    [property: Id(0)] MemberProfile Profile,
    [property: Id(1)] long Sequence,
    [property: Id(2)] ImmutableDictionary<YearMonth, MonthFigures> Months,
    [property: Id(3)] ImmutableDictionary<string, ImmutableDictionary<YearMonth, MonthFigures>> ByInitiative,
    [property: Id(4)] long Revision = 0,
    [property: Id(5)] ImmutableArray<RegistrationSummary> Recent = default)
{
    /// <summary>How many of the latest registrations a member keeps for the live feed.</summary>
    public const int RecentCount = 5;

    public static MemberFigures New(MemberProfile profile) => new(
        profile, 0, ImmutableDictionary<YearMonth, MonthFigures>.Empty,
        ImmutableDictionary<string, ImmutableDictionary<YearMonth, MonthFigures>>.Empty);

    private static RegistrationSummary Summary(IActivity activity, string? initiative, DateTimeOffset at) => activity switch
    {
        SupportSession s => new(s.Id, "support-session", s.ProvidingMemberId, s.HostMemberId, initiative, s.Date, s.PeopleHelped, 0, at),
        KnowledgeContact c => new(c.Id, "knowledge-contact", c.FromMemberId, c.ToMemberId ?? c.OutsideOrganisation, initiative, c.Date, 0, c.PersonDays, at),
        _ => new(activity.Id, "other", activity.OwnerId, null, initiative, activity.Date, 0, 0, at),
    };

    /// <summary>The same figures under a changed profile.</summary>
    public MemberFigures WithProfile(MemberProfile profile) => this with { Profile = profile, Revision = Revision + 1 };

    /// <summary>Counts one more ledger entry.</summary>
    public MemberFigures Add(IActivity activity) => Add(activity, DateTimeOffset.MinValue);

    /// <summary>Counts one more ledger entry, recorded at <paramref name="recordedAt"/>.</summary>
    public MemberFigures Add(IActivity activity, DateTimeOffset recordedAt)
    {
        if (Profile.LeftOn is { } left && activity.Date > left)
        {
            // Registered before the member's leaving was known: kept in the ledger, counted nowhere.
            return this with { Sequence = Sequence + 1, Revision = Revision + 1 };
        }

        var month = YearMonth.Of(activity.Date);
        var initiative = activity switch
        {
            SupportSession s => s.InitiativeId,
            KnowledgeContact c => c.InitiativeId,
            _ => null,
        };
        var byInitiative = ByInitiative;
        if (initiative is not null)
        {
            var months = ByInitiative.GetValueOrDefault(initiative) ?? ImmutableDictionary<YearMonth, MonthFigures>.Empty;
            byInitiative = ByInitiative.SetItem(initiative, months.SetItem(month, months.GetValueOrDefault(month, MonthFigures.Empty).Add(activity)));
        }

        var recent = Recent.IsDefault ? [] : Recent;
        return this with
        {
            Sequence = Sequence + 1,
            Revision = Revision + 1,
            Months = Months.SetItem(month, Months.GetValueOrDefault(month, MonthFigures.Empty).Add(activity)),
            ByInitiative = byInitiative,
            Recent = [Summary(activity, initiative, recordedAt), .. recent.Take(RecentCount - 1)],
        };
    }
}

/// <summary>An initiative's profile and trajectory; its months are the sum of what members registered for it.</summary>
[GenerateSerializer, Immutable]
public sealed record InitiativeFigures(
    [property: Id(0)] InitiativeProfile Profile,
    [property: Id(1)] ProcurementTrajectory Trajectory,
    [property: Id(2)] ImmutableDictionary<YearMonth, MonthFigures> Months,
    [property: Id(3)] long Revision = 0);

/// <summary>Everything the cross-member views are computed from.</summary>
[GenerateSerializer, Immutable]
public sealed record CollaborationFigures(
    [property: Id(0)] ImmutableDictionary<string, MemberFigures> Members,
    [property: Id(1)] ImmutableDictionary<string, InitiativeFigures> Initiatives,
    [property: Id(2)] long Version)
{
    public static CollaborationFigures Empty { get; } = new(
        ImmutableDictionary<string, MemberFigures>.Empty, ImmutableDictionary<string, InitiativeFigures>.Empty, 0);
}
