using System.Collections.Immutable;
using Collab.Contracts.Indicators;

namespace Collab.Contracts.Periods;

/// <summary>
/// The versions of one period (key: <see cref="PeriodKey"/>, e.g. 2026-Q1). Fixing takes the collaboration's figures of that
/// moment and keeps them unchanged for good; registrations that arrive later count live only. Steps follow
/// concept → fixed → published; a binding version is replaced only by superseding it.
/// </summary>
public interface IPeriodVersionsGrain : IGrainWithStringKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<ImmutableArray<PeriodVersion>> List();

    /// <summary>The figures as they were taken for version <paramref name="number"/>, months up to the period's end; null when there is no such version.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CollaborationFigures?> Figures(int number);

    /// <summary>Takes the live figures as a new version in <paramref name="state"/> (concept or fixed); 409 while a current version exists.</summary>
    Task<VersionWrite> Take(VersionState state, string actor, string reason);

    /// <summary>One step forward: concept → fixed, or fixed → published.</summary>
    Task<VersionWrite> Advance(int number, VersionState to, string actor, string reason);

    /// <summary>Takes the live figures as a new version that replaces <paramref name="number"/>; the old one stays readable.</summary>
    Task<VersionWrite> Supersede(int number, string actor, string reason);
}
