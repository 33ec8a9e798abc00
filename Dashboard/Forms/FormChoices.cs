using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Forms;

/// <summary>What a form offers to pick from: the members and initiatives as the collaboration view knows them now.</summary>
public sealed record FormChoices(IReadOnlyList<(string Id, string Name)> Members, IReadOnlyList<(string Id, string Name, InitiativeKind Kind)> Initiatives)
{
    public static FormChoices Empty { get; } = new([], []);

    public static FormChoices From(CollaborationFigures figures, CultureInfo culture) => new(
        [.. figures.Members.Values.OrderBy(m => m.Profile.Id, StringComparer.Ordinal).Select(m => (m.Profile.Id, Formats.MemberName(m.Profile, culture)))],
        [.. figures.Initiatives.Values.OrderBy(i => i.Profile.Id, StringComparer.Ordinal)
            .Select(i => (i.Profile.Id, culture.TwoLetterISOLanguageName == "en" ? i.Profile.TitleEn : i.Profile.TitleNl, i.Profile.Kind))]);

    public IEnumerable<(string Id, string Name, InitiativeKind Kind)> Trajectories => Initiatives.Where(i => i.Kind == InitiativeKind.JointProcurement);
}
