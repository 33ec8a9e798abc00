using System.Collections.Immutable;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Silo.Changes;
using Microsoft.Extensions.Logging;

namespace Collab.Silo.Aggregation;

/// <summary>
/// Every member's and initiative's figures in memory, derived from their grains: rebuilt on activation, then kept current
/// by the silos' buffers. Initiative months are the sum of what members registered for the initiative.
/// </summary>
public sealed class CollaborationGrain(ChangePublisher changes, ILogger<CollaborationGrain> logger) : Grain, ICollaborationGrain
{
    private CollaborationFigures figures = CollaborationFigures.Empty;

    // The version at which each member and initiative last changed, so a reader asks for what changed since its copy.
    private readonly Dictionary<string, long> memberChangedAt = [];
    private readonly Dictionary<string, long> initiativeChangedAt = [];
    private readonly Guid epoch = Guid.NewGuid();

    // Every member id in order, so a whole read goes in parts that neither skip nor repeat a member.
    private readonly SortedSet<string> memberIds = new(StringComparer.Ordinal);

    // Which members registered for each initiative: an initiative's months are recounted from these only, not from every member.
    private readonly Dictionary<string, HashSet<string>> contributors = [];
    private int reconcileFrom;

    /// <summary>How often the view re-reads grains: heals an update lost on its way (a silo that died with a full buffer, a duplicate activation at start-up).</summary>
    public static readonly TimeSpan ReconcileEvery = TimeSpan.FromSeconds(10);

    /// <summary>Members re-read per reconcile tick: the cost stays flat as members grow; a full sweep takes longer instead.</summary>
    public const int ReconcileSlice = 500;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // What was read here may be newer than any batch still on its way: announce it, or that change would go unannounced.
        await Reconcile(int.MaxValue);
        // Interleaved: while a tick waits for hundreds of grains, batches and reads go on (Merge itself never awaits, so nothing is half-applied).
        this.RegisterGrainTimer(_ => Reconcile(ReconcileSlice), new GrainTimerCreationOptions(ReconcileEvery, ReconcileEvery) { KeepAlive = true, Interleave = true });
    }

    private async Task Reconcile(int slice)
    {
        var listing = await GrainFactory.GetGrain<IDirectoryGrain>(0).GetListing();
        List<string> ids = listing.MemberIds.Count <= slice ? [.. listing.MemberIds] : [.. listing.MemberIds.Skip(reconcileFrom % listing.MemberIds.Count).Take(slice)];
        reconcileFrom = listing.MemberIds.Count <= slice ? 0 : (reconcileFrom + slice) % listing.MemberIds.Count;
        var members = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IMemberGrain>(id).GetFigures()));
        var initiatives = await Task.WhenAll(listing.Initiatives.Keys.Select(async id =>
        {
            var grain = GrainFactory.GetGrain<IInitiativeGrain>(id);
            var profile = await grain.GetProfile();
            return profile is null ? null : new InitiativeFigures(profile, await grain.GetTrajectory(), ImmutableDictionary<YearMonth, MonthFigures>.Empty);
        }));
        await Announce(Merge([.. members.OfType<MemberFigures>()], [.. initiatives.OfType<InitiativeFigures>()]));
    }

    public Task<CollaborationFigures> GetFigures() => Task.FromResult(figures);

    public Task<CollaborationDelta> GetChangesSince(Guid readerEpoch, long version, int take)
    {
        var current = figures;
        if (readerEpoch != epoch || version <= 0)
        {
            return Task.FromResult(Part(memberIds, take, whole: true));
        }

        var members = memberChangedAt.Where(kv => kv.Value > version).Select(kv => current.Members[kv.Key]).ToImmutableArray();
        var initiatives = initiativeChangedAt.Where(kv => kv.Value > version).Select(kv => current.Initiatives[kv.Key]).ToImmutableArray();
        return Task.FromResult(new CollaborationDelta(epoch, current.Version, false, members, initiatives));
    }

    public Task<CollaborationDelta> GetWholeAfter(Guid readerEpoch, string after, int take)
    {
        if (readerEpoch != epoch)
        {
            return Task.FromResult(Part(memberIds, take, whole: true));
        }

        var rest = memberIds.Count == 0 || StringComparer.Ordinal.Compare(after, memberIds.Max) >= 0
            ? []
            : memberIds.GetViewBetween(after, memberIds.Max!).SkipWhile(id => id == after);
        return Task.FromResult(Part(rest, take, whole: false));
    }

    // One part of a whole read: members in id order, every initiative with the first part, and the last id when more follow.
    private CollaborationDelta Part(IEnumerable<string> ids, int take, bool whole)
    {
        take = Math.Clamp(take, 1, CollaborationDelta.WholePart * 10);
        var current = figures;
        var part = ids.Take(take + 1).ToList();
        var more = part.Count > take ? part[take - 1] : null;
        var members = part.Take(take).Select(id => current.Members[id]).ToImmutableArray();
        return new CollaborationDelta(epoch, current.Version, whole, members, whole ? [.. current.Initiatives.Values] : [], more, Continued: !whole);
    }

    public Task Apply(ImmutableArray<MemberFigures> members, ImmutableArray<InitiativeFigures> initiatives) =>
        Announce(Merge(members, initiatives));

    private async Task Announce((ImmutableArray<string> Members, ImmutableArray<string> Initiatives) changed)
    {
        var (changedMembers, changedInitiatives) = changed;
        if (changedMembers.Length + changedInitiatives.Length == 0)
        {
            return;
        }

        try
        {
            await changes.PublishAsync(new ChangeNotice(figures.Version, changedMembers, changedInitiatives));
        }
        catch (Exception ex)
        {
            // A lost notice is healed by the next read of the figures a page makes; the figures themselves are applied.
            logger.LogWarning(ex, "Change notice {Version} could not be published", figures.Version);
        }
    }

    private (ImmutableArray<string> Members, ImmutableArray<string> Initiatives) Merge(
        IReadOnlyCollection<MemberFigures> members, IReadOnlyCollection<InitiativeFigures> initiatives)
    {
        var newer = members.Where(m => !figures.Members.TryGetValue(m.Profile.Id, out var known) || known.Revision < m.Revision).ToList();
        var memberMap = figures.Members.SetItems(newer.Select(m => KeyValuePair.Create(m.Profile.Id, m)));
        var newerInitiatives = initiatives
            .Where(i => !figures.Initiatives.TryGetValue(i.Profile.Id, out var known) || known.Revision < i.Revision).ToList();
        var initiativeMap = figures.Initiatives.SetItems(newerInitiatives.Select(i => KeyValuePair.Create(i.Profile.Id, i)));

        // Recount the months of every initiative a changed member registered for, and of every changed initiative.
        foreach (var member in newer)
        {
            foreach (var initiative in member.ByInitiative.Keys)
            {
                (contributors.TryGetValue(initiative, out var set) ? set : contributors[initiative] = []).Add(member.Profile.Id);
            }
        }

        var touched = newer.SelectMany(m => m.ByInitiative.Keys).Concat(newerInitiatives.Select(i => i.Profile.Id))
            .Where(initiativeMap.ContainsKey).Distinct().ToList();
        foreach (var id in touched)
        {
            var counted = contributors.TryGetValue(id, out var set) ? set.Select(m => memberMap[m]) : [];
            initiativeMap = initiativeMap.SetItem(id, initiativeMap[id] with { Months = MonthsOf(counted, id) });
        }

        var changedMembers = newer.Select(m => m.Profile.Id).ToImmutableArray();
        var changedInitiatives = touched.ToImmutableArray();
        if (changedMembers.Length + changedInitiatives.Length > 0)
        {
            figures = new CollaborationFigures(memberMap, initiativeMap, figures.Version + 1);
            foreach (var id in changedMembers)
            {
                memberIds.Add(id);
                memberChangedAt[id] = figures.Version;
            }

            foreach (var id in changedInitiatives)
            {
                initiativeChangedAt[id] = figures.Version;
            }
        }

        return (changedMembers, changedInitiatives);
    }

    private static ImmutableDictionary<YearMonth, MonthFigures> MonthsOf(IEnumerable<MemberFigures> members, string initiativeId) =>
        members.Select(m => m.ByInitiative.GetValueOrDefault(initiativeId))
            .OfType<ImmutableDictionary<YearMonth, MonthFigures>>()
            .SelectMany(months => months)
            .GroupBy(kv => kv.Key)
            .ToImmutableDictionary(g => g.Key, g => IndicatorCalculator.Sum(g.Select(kv => kv.Value)));
}
