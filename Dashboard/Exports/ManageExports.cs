using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The manage pages' tables as downloads: the members and initiatives of /beheer and a period's versions of
/// /beheer/vaststellen, in the lists' order and words (<see cref="ManageLists"/>, <see cref="VersionTexts"/>), without the buttons.
/// </summary>
public static class ManageExports
{
    public const string MembersPath = "beheer/leden";
    public const string InitiativesPath = "beheer/initiatieven";
    public const string VersionsPath = "beheer/versies";

    public static string VersionsQuery(string period) => "periode=" + Uri.EscapeDataString(period);

    /// <summary>What a manage download is made from: the page's language, when, and where it came from.</summary>
    public sealed record Source(DateTimeOffset Now, CultureInfo Culture, string Url, IStringLocalizer<SharedResource> T, IStringLocalizer<ExportText> X)
    {
        public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
    }

    public static ExportTable Members(CollaborationFigures figures, Source s)
    {
        var t = s.T;
        return PlainHeader.Table(t["ManageMembers"], "beheer-leden", "", s.Now, s.Url, s.Culture, s.X,
            [
                new(t["ManageNameNl"], ExportKind.Text), new(t["ManageMemberKind"], ExportKind.Text), new(t["ManageDivFte"], ExportKind.OneDecimal),
                new(t["ManageJoinedOn"], ExportKind.Text), new(t["ManageLeftOn"], ExportKind.Text),
            ],
            ManageLists.Members(figures).Select(m => new object?[]
            {
                Formats.MemberName(m, s.Culture) + (Formats.Formerly(m, s.Today) is { } former ? ", " + t["Formerly", former.Abbreviation] : ""),
                t[$"MemberKindOne_{m.Kind}"].Value, m.DivFte, m.JoinedOn.ToString("d", s.Culture), m.LeftOn?.ToString("d", s.Culture),
            }));
    }

    public static ExportTable Initiatives(CollaborationFigures figures, Source s)
    {
        var t = s.T;
        return PlainHeader.Table(t["ManageInitiatives"], "beheer-initiatieven", "", s.Now, s.Url, s.Culture, s.X,
            [
                new(t["InitiativeColumn"], ExportKind.Text), new(t["KindColumn"], ExportKind.Text), new(t["Lead"], ExportKind.Text),
                new(t["RunLabel"], ExportKind.Text), new(t["Participants"], ExportKind.Whole),
            ],
            ManageLists.Initiatives(figures.Initiatives.Values.Select(i => i.Profile), s.Culture).Select(i => new object?[]
            {
                ManageLists.Title(i, s.Culture), t[$"InitiativeKind_{i.Kind}"].Value, MemberLabel.Of(figures, i.LeadMemberId, s.Today).Abbreviation,
                ManageLists.Term(i, s.Culture, t["Ongoing"]), (decimal)i.ParticipantIds.Length,
            }));
    }

    /// <summary>A period's versions, oldest first as the page lists them; the steps one a line in their cell.</summary>
    public static ExportTable Versions(string period, ImmutableArray<PeriodVersion> versions, Source s, IStringLocalizer<PublishText> p)
    {
        var title = p["VersionsHeading", period].Value;
        return PlainHeader.Table(title, $"versies-{period}", "", s.Now, s.Url, s.Culture, s.X,
            [new(p["VersionColumn"], ExportKind.Whole), new(p["StateColumn"], ExportKind.Text), new(p["StepsColumn"], ExportKind.Text)],
            versions.Select(v => new object?[]
            {
                (decimal)v.Number, VersionTexts.State(v, p), string.Join("\n", v.Steps.Select(step => VersionTexts.Step(step, p, s.Culture))),
            }));
    }
}
