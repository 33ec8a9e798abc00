using System.Collections.Immutable;

namespace Collab.Contracts.Periods;

/// <summary>Which period versions were published (key 0): written only when one is published, read by the open-data catalogue.</summary>
public interface IOpenDataCatalogueGrain : IGrainWithIntegerKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<ImmutableArray<PeriodVersion>> Published();

    /// <summary>Adds or replaces the entry of a version (a superseded one stays listed, marked so).</summary>
    Task Record(PeriodVersion version);
}
