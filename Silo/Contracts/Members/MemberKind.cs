namespace Collab.Contracts.Members;

/// <summary>What kind of organisation a member is.</summary>
public enum MemberKind
{
    Ministry,
    ExecutingAgency,
    Other,
}
