namespace Collab.Contracts.Activities;

public enum ContactKind
{
    StaffExchange,
    KnowledgeSession,
    JointDevelopment,
    Consultation,
}
