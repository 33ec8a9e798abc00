using Collab.Contracts.Activities;

namespace Collab.Dashboard.Forms;

/// <summary>What the support session form holds while someone fills it in.</summary>
public sealed class SupportSessionInput
{
    /// <summary>A pop-up store's usual morning or afternoon: the form starts there, the registrar changes it.</summary>
    public const int UsualDurationMinutes = 120;

    public string ProvidingMemberId { get; set; } = string.Empty;

    public string HostMemberId { get; set; } = string.Empty;

    public string InitiativeId { get; set; } = string.Empty;

    public SupportFormat Format { get; set; } = SupportFormat.PopUpStore;

    public HashSet<SupportTopic> Topics { get; } = [];

    public int PeopleHelped { get; set; }

    public int DurationMinutes { get; set; } = UsualDurationMinutes;

    public int Leaflets { get; set; }

    public int? Satisfaction { get; set; }

    public string? Note { get; set; }

    public SupportSession ToActivity(string id, DateOnly date) => new(id, date, ProvidingMemberId, HostMemberId, FormText.OrNull(InitiativeId), Format,
        [.. Topics.Order()], PeopleHelped, DurationMinutes, Leaflets, Satisfaction, FormText.OrNull(Note));
}
