namespace Collab.Contracts.Activities;

/// <summary>A registered fact: a client-chosen id (the same id twice counts once) and the day it happened.</summary>
public interface IActivity
{
    string Id { get; }

    DateOnly Date { get; }

    /// <summary>The member whose registration this is: the provider, the giver, or the trajectory's lead.</summary>
    string OwnerId { get; }
}
