namespace Collab.Contracts.Initiatives;

public enum InitiativeKind
{
    /// <summary>Such as the pop-up stores.</summary>
    SupportProgramme,

    /// <summary>Such as the staff-exchange programme.</summary>
    KnowledgeExchange,

    /// <summary>An inkooptraject run together.</summary>
    JointProcurement,

    Training,
}
