namespace Collab.Contracts.Activities;

public enum SupportTopic
{
    Dms,
    IBabs,
    RecordsManagement,
    Openness,
    Privacy,
    Other,
}
