using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Members;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Exports;

/// <summary>The exchange page's matrix and the contacts behind its chosen cell.</summary>
public static class ExchangeExports
{
    public static ExportTable Matrix(ExportSource source)
    {
        var days = source.View.PersonDays;
        var model = ExchangeModel.Build(source.Figures, source.Period, days);
        var kind = days ? ExportKind.OneDecimal : ExportKind.Whole;
        var measure = days ? source.T["PersonDays"] : source.T["Contacts"];
        return source.Table(source.T["ExchangeMatrixTitle", measure], "uitwisseling", measure,
            [new ExportColumn(source.T["Giver"], ExportKind.Text), .. model.Receivers.Select(r => new ExportColumn(Label(source, model, r), kind))],
            model.Givers.Select((g, row) => new object?[] { Label(source, model, g) }.Concat(model.Receivers.Select((_, column) => (object?)model.Values[row, column]))));
    }

    /// <summary>Null when the view has no chosen cell, or names one that does not exist.</summary>
    public static ExportTable? Cell(ExportSource source)
    {
        var model = ExchangeModel.Build(source.Figures, source.Period, source.View.PersonDays);
        if (source.View is not { Giver: { } giver, Receiver: { } receiver } || !model.Givers.Contains(giver) || !model.Receivers.Contains(receiver))
        {
            return null;
        }

        var details = ExchangeModel.Behind(source.Figures, source.Period, giver, receiver, source.Culture);
        var title = source.T["BehindCell", Label(source, model, giver), Label(source, model, receiver)];
        return source.Table(title, $"uitwisseling-{giver}-{receiver}", title,
            [
                new ExportColumn(receiver == ExchangeMatrix.Outside ? source.T["Organisation"] : source.T["Month"], ExportKind.Text),
                new ExportColumn(source.T["Contacts"], ExportKind.Whole),
                new ExportColumn(source.T["PersonDays"], ExportKind.OneDecimal),
            ],
            details.Select(d => new object?[] { d.Label, (decimal)d.Contacts, d.Days }));
    }

    /// <summary>The page's label: a member as named at the period's end, or "outside the collaboration".</summary>
    public static string Label(ExportSource source, ExchangeModel model, string id) => id == ExchangeMatrix.Outside ? source.T["OutsideCollaboration"]
        : model.Names.TryGetValue(id, out var name) ? MemberNameTag.Text(name, source.T) : id;
}
