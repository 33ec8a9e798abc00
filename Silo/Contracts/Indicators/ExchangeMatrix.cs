using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
        ReceivedFrom(receiver).Values.Aggregate(default(ContactTally), (sum, tally) => sum + tally);

    /// <summary>Who gave to <paramref name="receiver"/>, and how much. The inverted matrix is built once per matrix, so asking it for every member stays linear.</summary>
    public IReadOnlyDictionary<string, ContactTally> ReceivedFrom(string receiver) =>
        ByReceiver.GetValue(this, static m => Invert(m.Cells)).TryGetValue(receiver, out var givers) ? givers : NoGivers;

    private static readonly ConditionalWeakTable<ExchangeMatrix, Dictionary<string, Dictionary<string, ContactTally>>> ByReceiver = new();

    private static readonly Dictionary<string, ContactTally> NoGivers = [];

    private static Dictionary<string, Dictionary<string, ContactTally>> Invert(ImmutableDictionary<string, ImmutableDictionary<string, ContactTally>> cells)
    {
        var inverted = new Dictionary<string, Dictionary<string, ContactTally>>();
        foreach (var (giver, row) in cells)
        {
            foreach (var (receiver, tally) in row)
            {
                (inverted.TryGetValue(receiver, out var givers) ? givers : inverted[receiver] = [])[giver] = tally;
            }
        }

        return inverted;
    }
}
