using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Forms;

/// <summary>
/// What a registration counted, in one sentence, so the registrar sees that the right thing was stored; members are named by
/// their abbreviations as on the activity's date (EZK before the rename, EZ after).
/// </summary>
public static class Confirmation
{
    public static string Describe(IActivity activity, CollaborationFigures figures, IStringLocalizer<SharedResource> text, CultureInfo culture)
    {
        var date = activity.Date.ToString("d", culture);
        string Name(string id) => MemberLabel.Of(figures, id, activity.Date).Abbreviation;
        return activity switch
        {
            SupportSession s => Collab.Dashboard.Localization.Plurals.Text(text, "ConfirmSupportSession", s.PeopleHelped, date, Name(s.ProvidingMemberId), Name(s.HostMemberId), s.PeopleHelped, s.DurationMinutes),
            KnowledgeContact c => text["ConfirmKnowledgeContact", date, Name(c.FromMemberId), c.ToMemberId is { } to ? Name(to) : c.OutsideOrganisation ?? string.Empty,
                c.PersonDays.ToString("0.#", culture), c.ExpertiseArea],
            ProcurementUpdate u => text["ConfirmProcurementUpdate", date, u.InitiativeId, Name(u.RegisteredByMemberId)],
            _ => activity.Id,
        };
    }
}
