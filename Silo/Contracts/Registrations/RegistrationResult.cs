using System.Collections.Immutable;

namespace Collab.Contracts.Registrations;

public enum RegistrationOutcome
{
    /// <summary>Stored durably and counted.</summary>
    Accepted,

    /// <summary>The same id with the same content was counted before; nothing changed.</summary>
    Duplicate,

    /// <summary>The id was used before for different content; nothing changed.</summary>
    Conflict,

    /// <summary>The content breaks a rule; nothing changed. See the errors.</summary>
    Invalid,

    /// <summary>The caller may not make this registration (another member's, or an initiative it takes no part in); nothing changed.</summary>
    Forbidden,
}

[GenerateSerializer, Immutable]
public sealed record RegistrationResult(
    [property: Id(0)] RegistrationOutcome Outcome,
    [property: Id(1)] ImmutableArray<FieldError> Errors)
{
    public static RegistrationResult Accepted { get; } = new(RegistrationOutcome.Accepted, []);

    public static RegistrationResult Duplicate { get; } = new(RegistrationOutcome.Duplicate, []);

    public static RegistrationResult Conflict { get; } = new(RegistrationOutcome.Conflict,
        [new FieldError("id", FieldErrorCode.Conflict, "This id was registered before with different content.")]);

    public static RegistrationResult Invalid(ImmutableArray<FieldError> errors) => new(RegistrationOutcome.Invalid, errors);

    public static RegistrationResult Forbidden(FieldError reason) => new(RegistrationOutcome.Forbidden, [reason]);

    /// <summary>True when the registration is counted, now or before.</summary>
    public bool IsCounted => Outcome is RegistrationOutcome.Accepted or RegistrationOutcome.Duplicate;
}
