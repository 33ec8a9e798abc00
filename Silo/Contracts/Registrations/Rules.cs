using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Collab.Contracts.Registrations;

/// <summary>Collects field errors; each check names the field the way the API does.</summary>
public sealed partial class Rules
{
    public const int MaxIdLength = 64;
    public const int MaxNoteLength = 500;
    public const int MaxNameLength = 200;
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    private readonly ImmutableArray<FieldError>.Builder errors = ImmutableArray.CreateBuilder<FieldError>();

    public ImmutableArray<FieldError> Errors => errors.ToImmutable();

    /// <param name="limit">The length, bound or number of items <paramref name="message"/> names, for codes that name one.</param>
    public Rules Fail(string field, FieldErrorCode code, string message, decimal? limit = null)
    {
        errors.Add(new FieldError(field, code, message, limit));
        return this;
    }

    public Rules Check(bool ok, string field, FieldErrorCode code, string message, decimal? limit = null) =>
        ok ? this : Fail(field, code, message, limit);

    public Rules Id(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Fail(field, FieldErrorCode.Required, "An id is required.")
        : value.Length > MaxIdLength ? Fail(field, FieldErrorCode.TooLong, $"An id has at most {MaxIdLength} characters.", MaxIdLength)
        : Check(IdPattern().IsMatch(value), field, FieldErrorCode.Format, "An id uses letters, digits, '.', '_', ':' and '-' only, and starts with a letter or digit.");

    public Rules Date(string field, DateOnly value, DateOnly today) =>
        value > today ? Fail(field, FieldErrorCode.InFuture, "The date may not be after today.")
        : Check(value >= EarliestDate, field, FieldErrorCode.TooEarly, $"The date may not be before {EarliestDate:yyyy-MM-dd}.");

    public Rules Range(string field, decimal value, decimal min, decimal max) =>
        value < min ? Fail(field, value < 0 && min >= 0 ? FieldErrorCode.Negative : FieldErrorCode.TooSmall, $"The value must be at least {min}.", min)
        : Check(value <= max, field, FieldErrorCode.TooLarge, $"The value must be at most {max}.", max);

    public Rules Text(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Check(!required, field, FieldErrorCode.Required, "A value is required.");
        }

        // Free text is shown on screens and in exports: no control characters, and no markup that could be mistaken for HTML.
        if (value.Length > maxLength)
        {
            return Fail(field, FieldErrorCode.TooLong, $"At most {maxLength} characters.", maxLength);
        }

        return value.Any(char.IsControl) ? Fail(field, FieldErrorCode.ControlCharacters, "Control characters are not allowed.")
            : VisibleText.HasBidiControl(value) ? Fail(field, FieldErrorCode.BidiControl, "Bidirectional control characters (U+202A–U+202E, U+2066–U+2069) are not allowed.")
            : VisibleText.IsInvisible(value) ? Fail(field, FieldErrorCode.Invisible, "The value has no visible character.")
            : Check(value.IndexOfAny(['<', '>']) < 0, field, FieldErrorCode.Markup, "The characters < and > are not allowed.");
    }

    /// <summary>
    /// A list that is a set of things that exist: at most <paramref name="max"/> items (no more than exist), none twice.
    /// A longer list gets this one error; callers then skip checking its items one by one.
    /// </summary>
    public Rules Set<T>(string field, ImmutableArray<T> items, int max, IEqualityComparer<T>? comparer = null) =>
        items.IsDefaultOrEmpty ? this
        : items.Length > max ? Fail(field, FieldErrorCode.TooMany, $"At most {max} items: there are no more to name.", max)
        : Check(items.Distinct(comparer).Count() == items.Length, field, FieldErrorCode.Repeated, "An item appears more than once.");

    /// <summary>An existing member; with <paramref name="on"/>, one that had not left by that date.</summary>
    public Rules Member(string field, string? id, IKnownIds known, DateOnly? on = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Fail(field, FieldErrorCode.Required, "A member is required.");
        }

        if (!known.IsMember(id))
        {
            return Fail(field, FieldErrorCode.UnknownMember, $"There is no member '{Truncate(id)}'.");
        }

        return on is { } date && known.LeftOnOf(id) is { } left && date > left
            ? Fail(field, FieldErrorCode.Left, $"'{id}' left the collaboration on {left:yyyy-MM-dd}; nothing dated after that counts.")
            : this;
    }

    public Rules Initiative(string field, string? id, IKnownIds known) =>
        id is null ? this : Check(known.InitiativeKind(id) is not null, field, FieldErrorCode.UnknownInitiative, $"There is no initiative '{Truncate(id)}'.");

    public Rules Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum =>
        Check(Enum.IsDefined(value), field, FieldErrorCode.UnknownValue, $"'{value}' is not a known {typeof(TEnum).Name}.");

    private static string Truncate(string value) => value.Length <= MaxIdLength ? value : value[..MaxIdLength] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$")]
    private static partial Regex IdPattern();
}
