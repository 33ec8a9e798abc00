using Collab.Contracts.Indicators;

namespace Collab.Tests.Support;

/// <summary>Compares indicator snapshots by value, topic mix included (records compare dictionaries by reference).</summary>
public sealed class SnapshotComparer : IEqualityComparer<IndicatorSnapshot>
{
    public static readonly SnapshotComparer Instance = new();

    public bool Equals(IndicatorSnapshot? x, IndicatorSnapshot? y) =>
        x is not null && y is not null
        && x with { TopicMix = y.TopicMix } == y
        && x.TopicMix.Count == y.TopicMix.Count && x.TopicMix.All(kv => y.TopicMix.GetValueOrDefault(kv.Key) == kv.Value);

    public int GetHashCode(IndicatorSnapshot obj) => obj.SupportSessions;
}
