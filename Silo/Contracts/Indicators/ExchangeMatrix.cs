using System.Collections.Immutable;
using Collab.Contracts.Activities;

namespace Collab.Contracts.Indicators;

/// <summary>Knowledge sharing as giver × receiver; every organisation outside the collaboration shares one column.</summary>
[GenerateSerializer, Immutable]
public sealed record ExchangeMatrix([property: Id(0)] ImmutableDictionary<string, ImmutableDictionary<string, ContactTally>> Cells)
{
    public const string Outside = "outside";
    public const string OutsidePrefix = "outside:";

    /// <summary>A blank member id counts as none, the same way validation reads it.</summary>
    public static string ReceiverKey(KnowledgeContact c) => string.IsNullOrWhiteSpace(c.ToMemberId)
        ? OutsidePrefix + (c.OutsideOrganisation ?? string.Empty).Trim().ToLowerInvariant()
        : c.ToMemberId;

    public static string Column(string receiverKey) => receiverKey.StartsWith(OutsidePrefix, StringComparison.Ordinal) ? Outside : receiverKey;

    public ContactTally this[string giver, string receiver] =>
        Cells.TryGetValue(giver, out var row) ? row.GetValueOrDefault(receiver) : default;

    public ContactTally GivenBy(string giver) =>
        Cells.TryGetValue(giver, out var row) ? row.Values.Aggregate(default(ContactTally), (a, b) => a + b) : default;

    public ContactTally ReceivedBy(string receiver) =>
        Cells.Values.Aggregate(default(ContactTally), (sum, row) => sum + row.GetValueOrDefault(receiver));
}
