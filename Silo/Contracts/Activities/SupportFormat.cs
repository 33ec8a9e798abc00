namespace Collab.Contracts.Activities;

/// <summary>How support was given; a pop-up store brings DIV staff to policy officers' desks for a few hours.</summary>
public enum SupportFormat
{
    PopUpStore,
    DeskVisit,
    Workshop,
    Helpdesk,
    Online,
}
