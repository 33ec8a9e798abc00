namespace Collab.Contracts.Registrations;

/// <summary>What is wrong with one field: <see cref="Field"/> as the API names it, a stable code, and a message in English.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldError([property: Id(0)] string Field, [property: Id(1)] string Code, [property: Id(2)] string Message);
