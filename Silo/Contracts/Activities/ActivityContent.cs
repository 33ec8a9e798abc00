using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collab.Contracts.Activities;

/// <summary>
/// What makes two registrations the same content, in one place for the ledger, the forms and the import: every field,
/// with topics and joining members as sets. The JSON is the ledger's own form (web names, kebab-case enums).
/// </summary>
public static class ActivityContent
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// The activity with its sets in one order (topics as the enum lists them, member ids ordinally). An activity already
    /// in that order is returned as it is, so its JSON equals the form hashed before sets were sorted.
    /// </summary>
    public static IActivity Canonical(IActivity activity) => activity switch
    {
        SupportSession s when !s.Topics.IsDefault && !IsOrdered(s.Topics, Comparer<SupportTopic>.Default) =>
            s with { Topics = [.. s.Topics.Order()] },
        ProcurementUpdate u when !u.JoiningMemberIds.IsDefault && !IsOrdered(u.JoiningMemberIds, StringComparer.Ordinal) =>
            u with { JoiningMemberIds = [.. u.JoiningMemberIds.Order(StringComparer.Ordinal)] },
        _ => activity,
    };

    /// <summary>The canonical content as JSON: equal strings mean the same registration.</summary>
    public static string Of(IActivity activity)
    {
        var canonical = Canonical(activity);
        return JsonSerializer.Serialize(canonical, canonical.GetType(), Json);
    }

    private static bool IsOrdered<T>(ImmutableArray<T> items, IComparer<T> comparer)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (comparer.Compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
