using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Registrations;

/// <summary>The rules for onboarding a member or an initiative.</summary>
public static partial class ProfileValidator
{
    public const decimal MaxFte = 100_000;

    public const int MaxFormerNames = 20;

    /// <summary>An abbreviation heads a table column and a chart label: short enough to stay readable there.</summary>
    public const int MaxAbbreviationLength = 20;

    public static ImmutableArray<FieldError> Validate(MemberProfile m, IKnownIds known, DateOnly today)
    {
        var rules = Slug(new Rules(), "id", m.Id)
            .Text("nameNl", m.NameNl, Rules.MaxNameLength, required: true)
            .Text("nameEn", m.NameEn, Rules.MaxNameLength, required: true)
            .Text("abbreviation", m.Abbreviation, MaxAbbreviationLength, required: true)
            .Defined("kind", m.Kind)
            .Check(m.DivFte > 0, "divFte", FieldErrorCode.NotPositive, "The DIV staff in FTE must be above 0.")
            .Range("divFte", m.DivFte, decimal.MinValue, MaxFte)
            .Date("joinedOn", m.JoinedOn, today);
        if (m.LeftOn is { } left)
        {
            rules.Date("leftOn", left, today).Check(left >= m.JoinedOn, "leftOn", FieldErrorCode.BeforeJoined, "A member cannot leave before it joined.");
        }

        if (m.Kind == MemberKind.ExecutingAgency || m.ParentMinistryId is not null)
        {
            Parent(rules, m, known);
        }

        var previous = m.JoinedOn;
        var names = m.FormerNames ?? [];
        rules.Check(names.Count <= MaxFormerNames, "formerNames", FieldErrorCode.TooMany, $"At most {MaxFormerNames} former names.", MaxFormerNames);
        foreach (var name in names.Take(MaxFormerNames))
        {
            rules.Text("formerNames", name.NameNl, Rules.MaxNameLength, required: true)
                .Text("formerNames", name.NameEn, Rules.MaxNameLength, required: true)
                .Text("formerNames", name.Abbreviation, MaxAbbreviationLength, required: true)
                .Check(name.RenamedOn > previous, "formerNames", FieldErrorCode.OutOfOrder,
                    "Each rename falls after the member joined and after the rename before it.")
                .Date("formerNames", name.RenamedOn, today);
            previous = name.RenamedOn;
        }

        return rules.Errors;
    }

    /// <summary>An agency sits under a ministry; a ministry or agency is never a parent's parent.</summary>
    private static void Parent(Rules rules, MemberProfile m, IKnownIds known)
    {
        rules.Member("parentMinistryId", m.ParentMinistryId, known);
        if (m.ParentMinistryId is { } parent && known.IsMember(parent))
        {
            // A member listed before kinds were kept has no known kind; it is not refused for that.
            rules.Check(parent != m.Id && known.MemberKindOf(parent) is null or MemberKind.Ministry, "parentMinistryId", FieldErrorCode.NotAMinistry,
                "The parent must be a ministry.");
        }
    }

    public static ImmutableArray<FieldError> Validate(InitiativeProfile i, IKnownIds known)
    {
        var participants = i.ParticipantIds.IsDefault ? [] : i.ParticipantIds;
        var rules = Slug(new Rules(), "id", i.Id)
            .Text("titleNl", i.TitleNl, Rules.MaxNameLength, required: true)
            .Text("titleEn", i.TitleEn, Rules.MaxNameLength, required: true)
            .Defined("kind", i.Kind)
            .Member("leadMemberId", i.LeadMemberId, known)
            .Check(participants.Contains(i.LeadMemberId), "participantIds", FieldErrorCode.LeadMissing, "The lead member takes part too.")
            .Check(i.Start >= Rules.EarliestDate, "start", FieldErrorCode.TooEarly, "The start may not be before 2000-01-01.")
            .Check(i.End is null || i.End >= i.Start, "end", FieldErrorCode.BeforeStart, "The end may not be before the start.");
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
            rules.Check(participants.Contains(member), "savingsShares", FieldErrorCode.NotAParticipant, $"'{member}' does not take part.")
                .Range("savingsShares", share, 0, 1_000_000);
        }

        return rules.Errors;
    }

    private static Rules Slug(Rules rules, string field, string? id) =>
        rules.Id(field, id).Check(id is null || SlugPattern().IsMatch(id), field, FieldErrorCode.Slug, "Use lowercase letters, digits and '-' only.");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
