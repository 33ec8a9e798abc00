using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Views;

/// <summary>The manage page's two lists, their order and their texts: one place for the page and its downloads.</summary>
public static class ManageLists
{
    public static IEnumerable<MemberProfile> Members(CollaborationFigures figures) => figures.Members.Values.Select(m => m.Profile)
        .OrderBy(m => m.Kind).ThenBy(m => m.Abbreviation, StringComparer.CurrentCultureIgnoreCase);

    public static IEnumerable<InitiativeProfile> Initiatives(IEnumerable<InitiativeProfile> initiatives, CultureInfo culture) =>
        initiatives.OrderBy(i => Title(i, culture), StringComparer.CurrentCultureIgnoreCase);

    public static string Title(InitiativeProfile initiative, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? initiative.TitleEn : initiative.TitleNl;

    /// <summary>"1-1-2025 – 31-12-2026", or "… – lopend" while it has no end.</summary>
    public static string Term(InitiativeProfile initiative, CultureInfo culture, string ongoing) =>
        $"{initiative.Start.ToString("d", culture)} – {initiative.End?.ToString("d", culture) ?? ongoing}";

    /// <summary>The DIV FTE as the list shows it: "12,5", "3".</summary>
    public static string Fte(MemberProfile member, CultureInfo culture) => member.DivFte.ToString("0.#", culture);
}
