namespace Collab.Contracts.Cluster;

/// <summary>What the home page shows about the running cluster.</summary>
[GenerateSerializer, Immutable]
public sealed record ClusterStatus(
    [property: Id(0)] int ActiveSilos,
    [property: Id(1)] string StoreMode,
    [property: Id(2)] DateTimeOffset ReadAt);
