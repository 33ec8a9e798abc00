namespace Collab.Contracts.Registrations;

/// <summary>A registration as it was stored: its kind (support-session, knowledge-contact, procurement-update), when, and the activity as JSON.</summary>
[GenerateSerializer, Immutable]
public sealed record StoredRegistration([property: Id(0)] string Kind, [property: Id(1)] DateTimeOffset RecordedAt, [property: Id(2)] string ActivityJson);

/// <summary>Finds a registration by its id, so what an API answer's Location names can be read back.</summary>
public interface IRegistrationLookupGrain : IGrainWithIntegerKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<StoredRegistration?> Find(string id);
}
