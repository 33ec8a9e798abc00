namespace Collab.Dashboard.Import;

/// <summary>
/// A file to download and fill in: every column with ';' (what Dutch spreadsheets expect) and one example row
/// for the demo members ocw and ezk. The example's id starts with <see cref="ExamplePrefix"/>, which the import refuses:
/// a template sent back unchanged never stores its example as real data.
/// </summary>
public static class CsvTemplate
{
    public const string ExamplePrefix = "VOORBEELD-";

    /// <summary>Whether an id is the marked example's: the import refuses such a row with a message saying so.</summary>
    public static bool IsExample(string? id) => id?.Trim().StartsWith(ExamplePrefix, StringComparison.OrdinalIgnoreCase) == true;

    public static string For(ImportKind kind) => kind switch
    {
        ImportKind.SupportSessions =>
            "id;date;providingMemberId;hostMemberId;initiativeId;format;topics;peopleHelped;durationMinutes;leaflets;satisfaction;note\n"
            + ExamplePrefix + "popup-2024-05-14-ocw-1;2024-05-14;ocw;ezk;pop-up-stores;pop-up-store;dms|i-babs;12;180;25;8;Pop-up store at the EZK desks\n",
        ImportKind.KnowledgeContacts =>
            "id;date;fromMemberId;toMemberId;outsideOrganisation;kind;personDays;expertiseArea;initiativeId;note\n"
            + ExamplePrefix + "kd-2024-05-14-ocw-1;2024-05-14;ocw;ezk;;staff-exchange;2,5;Woo requests;;Two days at the EZK records desk\n",
        // No phase in the example: whether a phase may follow depends on where the trajectory is now.
        ImportKind.ProcurementUpdates =>
            "id;date;initiativeId;registeredByMemberId;phase;estimatedCostAlone;jointCost;realisedOneOffSavings;realisedStructuralSavings;joiningMemberIds\n"
            + ExamplePrefix + "inkoop-2024-05-14-ocw-1;2024-05-14;inkoop-dms-licenties;ocw;;300000;200000;;;ezk\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
