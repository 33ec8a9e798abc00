namespace Collab.Dashboard.Import;

/// <summary>The form label of each CSV column, so a row error names the field as the form does (the column name stays beside it).</summary>
public static class ImportFieldLabels
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = "FormDate",
        ["initiativeId"] = "FormInitiative",
        ["providingMemberId"] = "FormProvidingMember",
        ["hostMemberId"] = "FormHostMember",
        ["format"] = "FormFormat",
        ["topics"] = "FormTopics",
        ["peopleHelped"] = "FormPeopleHelped",
        ["durationMinutes"] = "FormDurationMinutes",
        ["leaflets"] = "FormLeaflets",
        ["satisfaction"] = "FormSatisfaction",
        ["note"] = "FormNote",
        ["fromMemberId"] = "FormFromMember",
        ["toMemberId"] = "FormToMember",
        ["outsideOrganisation"] = "FormOutsideOrganisation",
        ["kind"] = "FormContactKind",
        ["personDays"] = "FormPersonDays",
        ["expertiseArea"] = "FormExpertiseArea",
        ["registeredByMemberId"] = "FormRegisteredBy",
        ["phase"] = "FormPhase",
        ["estimatedCostAlone"] = "FormEstimatedCostAlone",
        ["jointCost"] = "FormJointCost",
        ["realisedOneOffSavings"] = "FormRealisedOneOff",
        ["realisedStructuralSavings"] = "FormRealisedStructural",
        ["joiningMemberIds"] = "FormJoiningMembers",
    };

    /// <summary>The SharedResource key of the column's form label, or null for a column the forms do not have (id, the whole row).</summary>
    public static string? KeyOf(string column) => Keys.GetValueOrDefault(column);

    public static IReadOnlyCollection<string> Columns => Keys.Keys;
}
