using System.Globalization;

namespace Collab.Dashboard.Audit;

/// <summary>
/// A filter as the query string carries it, for the API, the page and the export alike: <c>from</c> and <c>to</c> are dates
/// (whole days in Dutch time, both included) or instants with an offset (<c>to</c> then excluded).
/// </summary>
public static class AuditFilterQuery
{
    /// <summary>The trail is read in the Netherlands: a date means that day in Dutch time.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static bool TryRead(string? actor, string? action, string? result, string? target, string? from, string? to,
        out AuditFilter filter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var start = Instant(from, nextDay: false, "from", errors);
        var end = Instant(to, nextDay: true, "to", errors);
        if (start is not null && end is not null && end <= start)
        {
            errors["to"] = ["'to' must not come before 'from'."];
        }

        filter = new AuditFilter(Blank(actor), Blank(action), Blank(result), Blank(target) is { } o ? [o] : null, start, end);
        return errors.Count == 0;
    }

    /// <summary>When a day starts in Dutch time.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>An instant as the trail's readers see it: Dutch time.</summary>
    public static DateTimeOffset InZone(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    private static DateTimeOffset? Instant(string? text, bool nextDay, string field, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return StartOf(nextDay ? day.AddDays(1) : day);
        }

        if (value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at;
        }

        errors[field] = [$"'{field}' is a date (yyyy-MM-dd) or a date and time with an offset (2026-11-30T09:00:00+01:00)."];
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
