namespace Collab.Contracts.Members;

public enum MemberStatus
{
    Active,
    Left,
}
