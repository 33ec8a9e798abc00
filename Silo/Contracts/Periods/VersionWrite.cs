using System.Collections.Immutable;
using Collab.Contracts.Registrations;

namespace Collab.Contracts.Periods;

public enum VersionWriteOutcome
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>What a fix, publish or supersede came to: the version written, or why not (fields named, or the state that stood in the way).</summary>
[GenerateSerializer, Immutable]
public sealed record VersionWrite(
    [property: Id(0)] VersionWriteOutcome Outcome,
    [property: Id(1)] PeriodVersion? Version,
    [property: Id(2)] ImmutableArray<FieldError> Errors)
{
    public static VersionWrite Saved(PeriodVersion version) => new(VersionWriteOutcome.Saved, version, []);

    public static VersionWrite Invalid(ImmutableArray<FieldError> errors) => new(VersionWriteOutcome.Invalid, null, errors);

    public static VersionWrite NotFound(int number) =>
        new(VersionWriteOutcome.NotFound, null, [new FieldError("number", FieldErrorCode.NotFound, $"There is no version {number} of this period.")]);

    public static VersionWrite Conflict(string field, string message) => new(VersionWriteOutcome.Conflict, null, [new FieldError(field, FieldErrorCode.Transition, message)]);

    public static VersionWrite Forbidden(string message) => new(VersionWriteOutcome.Forbidden, null, [new FieldError("period", FieldErrorCode.Forbidden, message)]);
}
