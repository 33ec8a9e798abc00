using System.Collections.Immutable;
using Collab.Contracts.Registrations;

namespace Collab.Contracts.Directory;

public enum ProfileWriteOutcome
{
    /// <summary>Stored; <see cref="ProfileWrite.Revision"/> is the new revision.</summary>
    Saved,

    /// <summary>A create for an id that exists; nothing changed.</summary>
    Exists,

    /// <summary>An update of an id that does not exist; nothing changed.</summary>
    NotFound,

    /// <summary>An update based on a revision that is no longer the current one; nothing changed.</summary>
    Stale,

    /// <summary>The profile breaks a rule; nothing changed. See the errors.</summary>
    Invalid,

    /// <summary>The caller may not write profiles (only the collaboration manager may); nothing changed.</summary>
    Forbidden,
}

/// <summary>The answer to creating or updating a member's or initiative's profile.</summary>
[GenerateSerializer, Immutable]
public sealed record ProfileWrite(
    [property: Id(0)] ProfileWriteOutcome Outcome,
    [property: Id(1)] ImmutableArray<FieldError> Errors,
    [property: Id(2)] long Revision)
{
    public static ProfileWrite Saved(long revision) => new(ProfileWriteOutcome.Saved, [], revision);

    public static ProfileWrite Invalid(ImmutableArray<FieldError> errors) => new(ProfileWriteOutcome.Invalid, errors, 0);

    public static ProfileWrite Forbidden(string message) => new(ProfileWriteOutcome.Forbidden, [new FieldError("id", FieldErrorCode.Forbidden, message)], 0);

    public static ProfileWrite Exists(string id) =>
        new(ProfileWriteOutcome.Exists, [new FieldError("id", FieldErrorCode.Exists, $"'{id}' exists already; change it with PUT and If-Match.")], 0);

    public static ProfileWrite NotFound(string id) => new(ProfileWriteOutcome.NotFound, [new FieldError("id", FieldErrorCode.NotFound, $"There is no '{id}'.")], 0);

    public static ProfileWrite Stale(long current) =>
        new(ProfileWriteOutcome.Stale, [new FieldError("revision", FieldErrorCode.Stale, "Someone else changed it meanwhile; nothing was changed.")], current);

    /// <summary>How every profile is created: an id that exists is refused, never overwritten.</summary>
    public static Task<ProfileWrite> CreateUnlessExists(string id, bool exists, Func<Task<ProfileWrite>> save) =>
        exists ? Task.FromResult(Exists(id)) : save();

    /// <summary>How every profile is updated: it exists (<paramref name="current"/> is its revision), and the edit started from that revision.</summary>
    public static Task<ProfileWrite> UpdateIfCurrent(string id, long? current, long revision, Func<Task<ProfileWrite>> save) =>
        current is not { } now ? Task.FromResult(NotFound(id))
        : now != revision ? Task.FromResult(Stale(now))
        : save();
}

/// <summary>A profile with the revision a later update must name (the HTTP ETag).</summary>
[GenerateSerializer, Immutable]
public sealed record Versioned<T>([property: Id(0)] T Profile, [property: Id(1)] long Revision);
