namespace Collab.Contracts.Registrations;

/// <summary>
/// What is wrong with one field: <see cref="Field"/> as the API names it, a typed code, a message in English, and the limit
/// the message names (a length, a bound, a number of items) as a value, so a page can say it in its own language.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FieldError(
    [property: Id(0)] string Field,
    [property: Id(1)] FieldErrorCode Code,
    [property: Id(2)] string Message,
    [property: Id(3)] decimal? Limit = null);
