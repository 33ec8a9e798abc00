using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Registrations;

/// <summary>The rules for onboarding a member or an initiative.</summary>
public static partial class ProfileValidator
{
    public const decimal MaxFte = 100_000;

    public static ImmutableArray<FieldError> Validate(MemberProfile m, IKnownIds known, DateOnly today)
    {
        var rules = Slug(new Rules(), "id", m.Id)
            .Text("nameNl", m.NameNl, Rules.MaxNameLength, required: true)
            .Text("nameEn", m.NameEn, Rules.MaxNameLength, required: true)
            .Text("abbreviation", m.Abbreviation, 20, required: true)
            .Defined("kind", m.Kind)
            .Defined("status", m.Status)
            .Range("divFte", m.DivFte, 0, MaxFte)
            .Date("joinedOn", m.JoinedOn, today);
        if (m.Kind == MemberKind.ExecutingAgency)
        {
            rules.Member("parentMinistryId", m.ParentMinistryId, known);
        }
        else
        {
            rules.Check(m.ParentMinistryId is null || known.IsMember(m.ParentMinistryId), "parentMinistryId", "unknown-member", "There is no such parent member.");
        }

        return rules.Errors;
    }

    public static ImmutableArray<FieldError> Validate(InitiativeProfile i, IKnownIds known)
    {
        var participants = i.ParticipantIds.IsDefault ? [] : i.ParticipantIds;
        var rules = Slug(new Rules(), "id", i.Id)
            .Text("titleNl", i.TitleNl, Rules.MaxNameLength, required: true)
            .Text("titleEn", i.TitleEn, Rules.MaxNameLength, required: true)
            .Defined("kind", i.Kind)
            .Member("leadMemberId", i.LeadMemberId, known)
            .Check(participants.Contains(i.LeadMemberId), "participantIds", "lead-missing", "The lead member takes part too.")
            .Check(i.Start >= Rules.EarliestDate, "start", "too-early", "The start may not be before 2000-01-01.")
            .Check(i.End is null || i.End >= i.Start, "end", "before-start", "The end may not be before the start.");
        rules.Set("participantIds", participants, known.MemberCount, StringComparer.Ordinal);
        foreach (var participant in participants.Length > known.MemberCount ? [] : participants)
        {
            rules.Member("participantIds", participant, known);
        }

        foreach (var (indicator, target) in i.Targets ?? ImmutableDictionary<Indicator, decimal>.Empty)
        {
            rules.Defined("targets", indicator).Range("targets", target, 0, RegistrationValidator.MaxAmount);
        }

        foreach (var (member, share) in i.SavingsShares ?? ImmutableDictionary<string, decimal>.Empty)
        {
            rules.Check(participants.Contains(member), "savingsShares", "not-a-participant", $"'{member}' does not take part.")
                .Range("savingsShares", share, 0, 1_000_000);
        }

        return rules.Errors;
    }

    private static Rules Slug(Rules rules, string field, string? id) =>
        rules.Id(field, id).Check(id is null || SlugPattern().IsMatch(id), field, "slug", "Use lowercase letters, digits and '-' only.");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
