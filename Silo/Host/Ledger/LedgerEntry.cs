using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collab.Contracts.Activities;

namespace Collab.Silo.Ledger;

/// <summary>One accepted registration as the ledger keeps it: kind, when it was recorded, and the activity as JSON.</summary>
public sealed record LedgerEntry(string Kind, DateTimeOffset RecordedAt, JsonElement Activity)
{
    public const string SupportSessionKind = "support-session";
    public const string KnowledgeContactKind = "knowledge-contact";
    public const string ProcurementUpdateKind = "procurement-update";

    private static readonly JsonSerializerOptions Json = ActivityContent.Json;

    public static string KindOf(IActivity activity) => activity switch
    {
        SupportSession => SupportSessionKind,
        KnowledgeContact => KnowledgeContactKind,
        ProcurementUpdate => ProcurementUpdateKind,
        _ => throw new ArgumentException($"Unknown activity {activity.GetType().Name}", nameof(activity)),
    };

    public static LedgerEntry Of(IActivity activity, DateTimeOffset recordedAt) =>
        new(KindOf(activity), recordedAt, JsonSerializer.SerializeToElement(activity, activity.GetType(), Json));

    /// <summary>A fingerprint of the canonical content (topics as a set): the same id with another fingerprint is a conflict.</summary>
    public static string ContentHash(IActivity activity) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ActivityContent.Of(activity))), 0, 16);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerEntry Parse(string json) => JsonSerializer.Deserialize<LedgerEntry>(json, Json)
        ?? throw new InvalidDataException("An empty ledger entry.");

    public IActivity ToActivity() => Kind switch
    {
        SupportSessionKind => Activity.Deserialize<SupportSession>(Json)!,
        KnowledgeContactKind => Activity.Deserialize<KnowledgeContact>(Json)!,
        ProcurementUpdateKind => Activity.Deserialize<ProcurementUpdate>(Json)!,
        _ => throw new InvalidDataException($"Unknown ledger entry kind '{Kind}'."),
    };
}
