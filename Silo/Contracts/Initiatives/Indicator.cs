namespace Collab.Contracts.Initiatives;

/// <summary>The indicators a target can be set for.</summary>
public enum Indicator
{
    SupportSessions,
    PeopleHelped,
    SupportHours,
    KnowledgeContacts,
    ExchangeDays,
    RealisedSavings,
}
