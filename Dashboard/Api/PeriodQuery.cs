using Collab.Contracts.Indicators;
using Collab.Dashboard.Live;

namespace Collab.Dashboard.Api;

/// <summary>Reads <c>from</c> and <c>to</c> (yyyy-MM, both included; the last 12 months when absent) or says which one is wrong.</summary>
public static class PeriodQuery
{
    public static bool TryRead(string? from, string? to, TimeProvider time, out Period period, out IResult? problem)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var fallback = PeriodChoice.Default(today).ToPeriod(today);
        var errors = new Dictionary<string, string[]>();
        var start = Read("from", from, fallback.From, errors);
        var end = Read("to", to, fallback.To, errors);
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = ["'to' may not be before 'from'."];
        }

        period = new Period(start, end);
        problem = errors.Count == 0 ? null : Results.ValidationProblem(errors, title: "The period is not valid");
        return problem is null;
    }

    private static YearMonth Read(string name, string? value, YearMonth fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (PeriodChoice.FromInput(value) is { Year: >= 2000 and <= 2100 } month)
        {
            return month;
        }

        errors[name] = [$"'{name}' is a month written as yyyy-MM, for example 2025-03."];
        return fallback;
    }
}
