using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Forms;

/// <summary>What the initiative form holds: a copy of the profile being edited, or a new one; an empty target means none.</summary>
public sealed class InitiativeInput
{
    public string Id { get; set; } = string.Empty;

    public bool IsNew { get; init; }

    /// <summary>The revision the edited profile was read at; an edit made meanwhile by someone else makes the save stale.</summary>
    public long Revision { get; init; }

    public string TitleNl { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public InitiativeKind Kind { get; set; } = InitiativeKind.SupportProgramme;

    public string LeadMemberId { get; set; } = string.Empty;

    public HashSet<string> ParticipantIds { get; } = [];

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public Dictionary<Indicator, decimal?> Targets { get; } = [];

    public ImmutableDictionary<string, decimal>? SavingsShares { get; init; }

    public static InitiativeInput From(InitiativeProfile p, long revision)
    {
        var input = new InitiativeInput
        {
            Revision = revision,
            Id = p.Id,
            TitleNl = p.TitleNl,
            TitleEn = p.TitleEn,
            Kind = p.Kind,
            LeadMemberId = p.LeadMemberId,
            Start = p.Start,
            End = p.End,
            SavingsShares = p.SavingsShares,
        };
        input.ParticipantIds.UnionWith(p.ParticipantIds.IsDefault ? [] : p.ParticipantIds);
        foreach (var (indicator, target) in p.Targets)
        {
            input.Targets[indicator] = target;
        }

        return input;
    }

    public InitiativeProfile ToProfile() => new(Id.Trim(), TitleNl.Trim(), TitleEn.Trim(), Kind, LeadMemberId,
        [.. ParticipantIds.Order(StringComparer.Ordinal)], Start, End,
        Targets.Where(t => t.Value is not null).ToImmutableDictionary(t => t.Key, t => t.Value!.Value), SavingsShares);
}
