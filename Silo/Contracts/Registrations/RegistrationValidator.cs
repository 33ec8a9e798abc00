using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Registrations;

/// <summary>Every domain rule for a registration, in one place: the grains enforce it, forms and the API show its errors.</summary>
public static class RegistrationValidator
{
    public const int MaxPeople = 100_000;
    public const int MaxMinutes = 24 * 60;
    public const decimal MaxPersonDays = 366;
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>How many topics exist: a session names each at most once.</summary>
    public static readonly int TopicCount = Enum.GetValues<SupportTopic>().Length;

    public static ImmutableArray<FieldError> Validate(SupportSession s, IKnownIds known, DateOnly today)
    {
        var rules = new Rules()
            .Id("id", s.Id)
            .Date("date", s.Date, today)
            .Member("providingMemberId", s.ProvidingMemberId, known, s.Date)
            .Member("hostMemberId", s.HostMemberId, known, s.Date)
            .Initiative("initiativeId", s.InitiativeId, known)
            .Defined("format", s.Format)
            .Range("peopleHelped", s.PeopleHelped, 0, MaxPeople)
            .Range("durationMinutes", s.DurationMinutes, 1, MaxMinutes)
            .Range("leaflets", s.Leaflets, 0, MaxPeople)
            .Text("note", s.Note, Rules.MaxNoteLength, required: false);
        if (s.Satisfaction is { } grade)
        {
            rules.Range("satisfaction", grade, 1, 10);
        }

        var topics = s.Topics.IsDefault ? [] : s.Topics;
        rules.Set("topics", topics, TopicCount);
        foreach (var topic in topics.Length > TopicCount ? [] : topics)
        {
            rules.Defined("topics", topic);
        }

        return rules.Errors;
    }

    public static ImmutableArray<FieldError> Validate(KnowledgeContact c, IKnownIds known, DateOnly today)
    {
        var rules = new Rules()
            .Id("id", c.Id)
            .Date("date", c.Date, today)
            .Member("fromMemberId", c.FromMemberId, known, c.Date)
            .Initiative("initiativeId", c.InitiativeId, known)
            .Defined("kind", c.Kind)
            .Range("personDays", c.PersonDays, 0, MaxPersonDays)
            .Text("expertiseArea", c.ExpertiseArea, Rules.MaxNameLength, required: true)
            .Text("note", c.Note, Rules.MaxNoteLength, required: false);

        var toMember = !string.IsNullOrWhiteSpace(c.ToMemberId);
        var toOutside = !string.IsNullOrWhiteSpace(c.OutsideOrganisation);
        if (toMember == toOutside)
        {
            rules.Fail("toMemberId", FieldErrorCode.OneReceiver, "Name either a receiving member or an organisation outside the collaboration, not both.");
        }
        else if (toMember)
        {
            rules.Member("toMemberId", c.ToMemberId, known, c.Date)
                .Check(c.ToMemberId != c.FromMemberId, "toMemberId", FieldErrorCode.SameAsGiver, "A member cannot share knowledge with itself.");
        }
        else
        {
            rules.Text("outsideOrganisation", c.OutsideOrganisation, Rules.MaxNameLength, required: true);
        }

        return rules.Errors;
    }

    public static ImmutableArray<FieldError> Validate(ProcurementUpdate u, IKnownIds known, DateOnly today, ProcurementPhase current)
    {
        var rules = new Rules()
            .Id("id", u.Id)
            .Date("date", u.Date, today)
            .Member("registeredByMemberId", u.RegisteredByMemberId, known, u.Date)
            .Check(known.InitiativeKind(u.InitiativeId) == InitiativeKind.JointProcurement, "initiativeId", FieldErrorCode.NotATrajectory,
                "The initiative is not a joint procurement trajectory.");
        foreach (var (field, amount) in new[]
        {
            ("estimatedCostAlone", u.EstimatedCostAlone), ("jointCost", u.JointCost),
            ("realisedOneOffSavings", u.RealisedOneOffSavings), ("realisedStructuralSavings", u.RealisedStructuralSavings),
        })
        {
            if (amount is { } value)
            {
                rules.Range(field, value, 0, MaxAmount);
            }
        }

        if (u.Phase is { } phase)
        {
            rules.Defined("phase", phase)
                .Check(current.CanMoveTo(phase), "phase", FieldErrorCode.Transition, $"A trajectory in phase {current} cannot move to {phase}.");
        }

        var joining = u.JoiningMemberIds.IsDefault ? [] : u.JoiningMemberIds;
        rules.Set("joiningMemberIds", joining, known.MemberCount, StringComparer.Ordinal);
        foreach (var member in joining.Length > known.MemberCount ? [] : joining)
        {
            rules.Member("joiningMemberIds", member, known, u.Date);
        }

        return rules.Check(u.Phase is not null || u.EstimatedCostAlone is not null || u.JointCost is not null
            || u.RealisedOneOffSavings is not null || u.RealisedStructuralSavings is not null || joining.Length > 0,
            "phase", FieldErrorCode.NoChange, "An update changes the phase, an amount or the participants.").Errors;
    }
}
