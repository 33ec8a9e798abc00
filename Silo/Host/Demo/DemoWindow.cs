namespace Collab.Silo.Demo;

/// <summary>The 24 calendar months up to and including today's month: the period the demo fills with activity.</summary>
internal sealed class DemoWindow(DateOnly today)
{
    public const int MonthCount = 24;

    public DateOnly Today { get; } = today;

    /// <summary>The first day of the first month; the story's relative dates count from here.</summary>
    public DateOnly From { get; } = new DateOnly(today.Year, today.Month, 1).AddMonths(-(MonthCount - 1));

    public DateOnly Month(int offset) => From.AddMonths(offset);

    /// <summary>The story's historical date, or the window's start when history lies before it (keeps every link in range).</summary>
    public DateOnly NotBeforeWindow(DateOnly historical) => historical > From ? historical : From;

    /// <summary>The historical date, or the window's start when history lies after it (founders are there from the start).</summary>
    public DateOnly NotAfterWindow(DateOnly historical) => historical < From ? historical : From;

    /// <summary>The days of <paramref name="monthStart"/>'s month on or after <paramref name="notBefore"/> and not after today.</summary>
    public (DateOnly First, DateOnly Last)? DaysIn(DateOnly monthStart, DateOnly notBefore)
    {
        var first = notBefore > monthStart ? notBefore : monthStart;
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var last = monthEnd < Today ? monthEnd : Today;
        return first <= last ? (first, last) : null;
    }

    /// <summary>A day in the given month, pulled back to today when the month has not got that far yet.</summary>
    public DateOnly DayOf(int monthOffset, int day)
    {
        var date = Month(monthOffset).AddDays(day - 1);
        return date > Today ? Today : date;
    }
}
