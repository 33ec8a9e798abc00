using System.Globalization;
using System.Text.Json;
using Collab.Contracts.Indicators;
using Collab.Silo.Ledger;
using StackExchange.Redis;

namespace Collab.Tests.Views;

/// <summary>
/// The activity ledger read straight from the store (every <c>{ledger}</c> stream, parsed as plain JSON), and the
/// figures worked out from its entries here, without the product's calculator.
/// </summary>
public sealed record RawLedger(
    IReadOnlyList<RawLedger.Session> Sessions,
    IReadOnlyList<RawLedger.Contact> Contacts,
    IReadOnlyList<RawLedger.Update> Updates)
{
    public sealed record Session(DateOnly Date, int People, string? Initiative);

    public sealed record Contact(DateOnly Date, decimal Days, string? Initiative);

    public sealed record Update(DateOnly Date, string Initiative, decimal? OneOff, decimal? Structural);

    public static async Task<RawLedger> ReadAsync(IDatabase store)
    {
        List<Session> sessions = [];
        List<Contact> contacts = [];
        List<Update> updates = [];
        foreach (var stream in await store.SetMembersAsync(LedgerKeys.Streams))
        {
            foreach (var json in await store.ListRangeAsync(stream.ToString()))
            {
                using var doc = JsonDocument.Parse(json.ToString());
                var a = doc.RootElement.GetProperty("activity");
                var date = DateOnly.ParseExact(a.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                switch (doc.RootElement.GetProperty("kind").GetString())
                {
                    case "support-session":
                        sessions.Add(new(date, a.GetProperty("peopleHelped").GetInt32(), Text(a, "initiativeId")));
                        break;
                    case "knowledge-contact":
                        contacts.Add(new(date, a.GetProperty("personDays").GetDecimal(), Text(a, "initiativeId")));
                        break;
                    default:
                        updates.Add(new(date, a.GetProperty("initiativeId").GetString()!, Amount(a, "realisedOneOffSavings"), Amount(a, "realisedStructuralSavings")));
                        break;
                }
            }
        }

        return new(sessions, contacts, [.. updates.OrderBy(u => u.Date)]);
    }

    private static string? Text(JsonElement a, string name) =>
        a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Amount(JsonElement a, string name) =>
        a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    public DateOnly? FirstDate => Sessions.Select(s => s.Date).Concat(Contacts.Select(c => c.Date)).Concat(Updates.Select(u => u.Date)).DefaultIfEmpty().Min() is { } d && d != default ? d : null;

    /// <summary>Realised savings (one-off + structural) of one trajectory, or all, as on a date: each amount is the last one given.</summary>
    public decimal SavingsAsOn(DateOnly date, string? initiative = null) => Updates.Where(u => initiative is null || u.Initiative == initiative)
        .GroupBy(u => u.Initiative)
        .Sum(g => (g.LastOrDefault(u => u.Date <= date && u.OneOff is not null)?.OneOff ?? 0) + (g.LastOrDefault(u => u.Date <= date && u.Structural is not null)?.Structural ?? 0));

    /// <summary>An indicator's total between two dates (both included), for the whole collaboration or one initiative.</summary>
    public decimal Total(string indicator, DateOnly from, DateOnly to, string? initiative = null)
    {
        bool In(DateOnly d, string? i) => d >= from && d <= to && (initiative is null || i == initiative);
        return indicator switch
        {
            "SupportSessions" => Sessions.Count(s => In(s.Date, s.Initiative)),
            "PeopleHelped" => Sessions.Where(s => In(s.Date, s.Initiative)).Sum(s => s.People),
            "ExchangeDays" => Contacts.Where(c => In(c.Date, c.Initiative)).Sum(c => c.Days),
            "RealisedSavings" => SavingsAsOn(to, initiative) - SavingsAsOn(from.AddDays(-1), initiative),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
        };
    }

    public decimal Total(string indicator, YearMonth from, YearMonth to, string? initiative = null) =>
        Total(indicator, from.FirstDay, to.LastDay, initiative);
}
