namespace Collab.Dashboard.OpenData;

/// <summary>A definition in both languages.</summary>
public sealed record DefinitionText(string Nl, string En);

/// <summary>One indicator of the open data, as the definitions document names it.</summary>
public sealed record IndicatorDefinitionEntry(string Name, string Table, bool CountsPeople, DefinitionText Definition);

/// <summary>The definitions document: what every file, field and indicator means, and how small groups are protected.</summary>
public sealed record OpenDataDefinitions(
    int MinimumGroupSize,
    string Marker,
    string Licence,
    DefinitionText Suppression,
    IReadOnlyList<IndicatorDefinitionEntry> Indicators)
{
    public static OpenDataDefinitions Of(OpenDataOptions options) => new(
        options.MinimumGroupSize,
        OpenDataSet.SuppressedMarker,
        DcatCatalogue.Cc0,
        new DefinitionText(
            $"Aantallen mensen en contacten van 1 tot {options.MinimumGroupSize} zijn onderdrukt (waarde '{OpenDataSet.SuppressedMarker}', suppressed true). Zo nodig zijn ook andere cellen of totalen onderdrukt (secundaire onderdrukking), zodat geen onderdrukte waarde uit de overige waarden en de totalen terug te rekenen is. 'total' in member, month, giver of receiver is een totaal van de rij of kolom.",
            $"Counts of people and contacts from 1 to below {options.MinimumGroupSize} are suppressed (value '{OpenDataSet.SuppressedMarker}', suppressed true). Where needed other cells or totals are suppressed too (secondary suppression), so that no suppressed value can be recomputed from the other values and the totals. 'total' in member, month, giver or receiver is a row or column total."),
        [
            .. OpenDataIndicator.PerMemberMonth.Select(i => new IndicatorDefinitionEntry(i.Name, "data", i.CountsPeople, new(i.DefinitionNl, i.DefinitionEn))),
            new IndicatorDefinitionEntry(OpenDataIndicator.Contacts.Name, "exchange", true, new(OpenDataIndicator.Contacts.DefinitionNl, OpenDataIndicator.Contacts.DefinitionEn)),
        ]);
}
