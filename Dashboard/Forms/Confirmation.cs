using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Forms;

/// <summary>What a registration counted, in one sentence, so the registrar sees that the right thing was stored.</summary>
public static class Confirmation
{
    public static string Describe(IActivity activity, IStringLocalizer<SharedResource> text, CultureInfo culture)
    {
        var date = activity.Date.ToString("d", culture);
        return activity switch
        {
            SupportSession s => text["ConfirmSupportSession", date, Upper(s.ProvidingMemberId), Upper(s.HostMemberId), s.PeopleHelped, s.DurationMinutes],
            KnowledgeContact c => text["ConfirmKnowledgeContact", date, Upper(c.FromMemberId), c.ToMemberId is { } to ? Upper(to) : c.OutsideOrganisation ?? string.Empty,
                c.PersonDays.ToString("0.#", culture), c.ExpertiseArea],
            ProcurementUpdate u => text["ConfirmProcurementUpdate", date, u.InitiativeId, Upper(u.RegisteredByMemberId)],
            _ => activity.Id,
        };
    }

    private static string Upper(string id) => id.ToUpperInvariant();
}
