using Collab.Dashboard.Views;

namespace Collab.Dashboard.Exports;

/// <summary>A member page's partners table and its two charts; null when there is no such member.</summary>
public static class MemberExports
{
    public static ExportTable? Partners(ExportSource source, string id) => Model(source, id) is not { } model ? null
        : source.Table($"{model.Named.Abbreviation}: {source.T["PartnersHeading"]}", $"{id}-partners", "",
            [
                new ExportColumn(source.T["Organisation"], ExportKind.Text), new ExportColumn(source.T["ContactsGiven"], ExportKind.Whole),
                new ExportColumn(source.T["Column_DaysGiven"], ExportKind.OneDecimal), new ExportColumn(source.T["ContactsReceived"], ExportKind.Whole),
                new ExportColumn(source.T["Column_DaysReceived"], ExportKind.OneDecimal),
            ],
            model.Partners.Select(r => new object?[] { r.Partner, (decimal)r.ContactsGiven, r.DaysGiven, (decimal)r.ContactsReceived, r.DaysReceived }));

    public static ExportTable? Sessions(ExportSource source, string id) => Model(source, id) is not { } model ? null
        : source.Chart($"{model.Named.Abbreviation}: {source.T["TrendChartTitle"]}", $"{id}-sessies", source.T["Indicator_SupportSessions"], ExportKind.Whole, model.SessionsPerMonth);

    public static ExportTable? Contacts(ExportSource source, string id) => Model(source, id) is not { } model ? null
        : source.Chart($"{model.Named.Abbreviation}: {source.T["ContactsChartTitle"]}", $"{id}-contacten", source.T["Indicator_KnowledgeContacts"], ExportKind.Whole, model.ContactsPerMonth);

    private static MemberModel? Model(ExportSource source, string id) => MemberModel.Build(source.Figures, id, source.Period, source.Culture);
}
