using System.Text.Json;

namespace Collab.Contracts.Registrations;

/// <summary>
/// Why a field is refused: the one set of codes the rules, the grains and the desks use. Pages translate a code by its name
/// (resource key <c>FieldError_{name}</c>, in Dutch and English); the limit a code names travels as <see cref="FieldError.Limit"/>.
/// </summary>
public enum FieldErrorCode
{
    Required,
    TooLong,
    Format,
    Slug,
    InFuture,
    TooEarly,
    Negative,
    TooSmall,
    TooLarge,
    NotPositive,
    ControlCharacters,
    BidiControl,
    Invisible,
    Markup,
    TooMany,
    Repeated,
    UnknownValue,
    UnknownMember,
    UnknownInitiative,
    Left,
    NotAMinistry,
    NotATrajectory,
    NotAParticipant,
    LeadMissing,
    BeforeStart,
    BeforeJoined,
    OutOfOrder,
    OneReceiver,
    SameAsGiver,
    Transition,
    NoChange,
    WrongMember,
    Mismatch,
    Unsupported,
    Conflict,
    Exists,
    NotFound,
    Stale,
    Forbidden,
}

public static class FieldErrorCodes
{
    private static readonly string[] Names =
        [.. Enum.GetValues<FieldErrorCode>().Select(c => JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString()))];

    /// <summary>The stable name, in kebab-case: <c>unknown-member</c>.</summary>
    public static string Name(this FieldErrorCode code) => Names[(int)code];

    /// <summary>Codes whose message names a limit (<see cref="FieldError.Limit"/>): a length, a bound, a number of items.</summary>
    public static bool HasLimit(this FieldErrorCode code) =>
        code is FieldErrorCode.TooLong or FieldErrorCode.TooSmall or FieldErrorCode.TooLarge or FieldErrorCode.TooMany;

    /// <summary>Codes that a newer copy of the directory may take back: an id or kind onboarded, a member's leaving, the number of members.</summary>
    public static bool DependsOnDirectory(this FieldErrorCode code) => code is FieldErrorCode.UnknownMember or FieldErrorCode.UnknownInitiative
        or FieldErrorCode.NotATrajectory or FieldErrorCode.Left or FieldErrorCode.NotAMinistry or FieldErrorCode.TooMany;
}
