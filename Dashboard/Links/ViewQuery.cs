using System.Text.Json;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Live;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Links;

/// <summary>
/// The one spelling of a view in an address (Dutch names, like the pages): <c>periode</c> (maand, kwartaal, jaar, eigen) with
/// <c>van</c>/<c>tot</c> (yyyy-MM), <c>maat</c>, <c>soort</c>, <c>ministerie</c>, <c>sorteer</c> with <c>richting</c>, <c>gever</c>/<c>ontvanger</c>, <c>cijfers=actueel</c>, <c>pagina</c>.
/// </summary>
public static class ViewQuery
{
    public const string PeriodKey = "periode";
    public const string FromKey = "van";
    public const string ToKey = "tot";
    public const string MeasureKey = "maat";
    public const string KindKey = "soort";
    public const string MinistryKey = "ministerie";
    public const string SortKey = "sorteer";
    public const string DirectionKey = "richting";
    public const string GiverKey = "gever";
    public const string ReceiverKey = "ontvanger";
    public const string FiguresKey = "cijfers";

    /// <summary>The value of <see cref="FiguresKey"/> that asks for the live figures of a fixed period.</summary>
    public const string LiveFiguresValue = "actueel";

    public const string PageKey = "pagina";

    /// <summary>Parameters that belong to no page's view but may stand in an address (the export format).</summary>
    public static readonly IReadOnlySet<string> Neutral = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "format" };

    private static readonly Dictionary<PeriodKind, string> PeriodNames = new()
    {
        [PeriodKind.Month] = "maand",
        [PeriodKind.Quarter] = "kwartaal",
        [PeriodKind.Year] = "jaar",
        [PeriodKind.Custom] = "eigen",
        [PeriodKind.Last12Months] = "12-maanden",
    };

    private static readonly Dictionary<ViewMeasure, string> MeasureNames = new()
    {
        [ViewMeasure.PerFte] = "per-fte",
        [ViewMeasure.Absolute] = "absoluut",
        [ViewMeasure.Contacts] = "contacten",
        [ViewMeasure.PersonDays] = "persoonsdagen",
    };

    /// <summary>The address's parameters for <paramref name="view"/>; null removes a parameter, so a default leaves no trace.</summary>
    public static Dictionary<string, object?> ToQuery(ViewState view, DateOnly today)
    {
        var custom = view.Period.Kind != PeriodKind.Last12Months;
        var period = view.ToPeriod(today);
        return new Dictionary<string, object?>
        {
            [PeriodKey] = custom ? PeriodNames[view.Period.Kind] : null,
            [FromKey] = custom ? period.From.ToString() : null,
            [ToKey] = custom ? period.To.ToString() : null,
            [MeasureKey] = view.Measure is { } m ? MeasureNames[m] : null,
            [KindKey] = view.Kind is { } k ? Slug(k) : null,
            [MinistryKey] = view.Ministry,
            [SortKey] = view.Sort is { } s ? Slug(s) : null,
            [DirectionKey] = view.Descending is { } d ? (d ? "aflopend" : "oplopend") : null,
            [GiverKey] = view.Giver,
            [ReceiverKey] = view.Receiver,
            [FiguresKey] = view.LiveFigures ? LiveFiguresValue : null,
            [PageKey] = view.Page is > 1 and var page ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>The query string (without '?') for <paramref name="view"/>, for links and downloads.</summary>
    public static string ToQueryString(ViewState view, DateOnly today, params (string Key, string Value)[] extra) =>
        string.Join('&', ToQuery(view, today).Where(p => p.Value is not null).Select(p => (p.Key, Value: (string)p.Value!)).Concat(extra)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Reads a view from an address; whatever is unknown or broken falls back to the default and is named in <see cref="ViewState.Ignored"/>.</summary>
    public static ViewState Parse(IReadOnlyDictionary<string, string?> query, DateOnly today, ViewSpec spec)
    {
        var ignored = new List<string>();
        string? Take(string key, bool accepted)
        {
            var value = query.GetValueOrDefault(key);
            if (!accepted && !string.IsNullOrEmpty(value))
            {
                ignored.Add(key);
                return null;
            }

            return string.IsNullOrEmpty(value) ? null : value;
        }

        T? Read<T>(string key, bool accepted, Func<string, T?> read)
            where T : struct
        {
            var text = Take(key, accepted);
            var value = text is null ? null : read(text);
            if (text is not null && value is null)
            {
                ignored.Add(key);
            }

            return value;
        }

        foreach (var key in query.Keys.Where(k => !Known(k.ToLowerInvariant())))
        {
            ignored.Add(key);
        }

        var period = ReadPeriod(query, today, ignored);
        var measure = Read(MeasureKey, spec.Measures.Length > 0, t => MeasureNames.FirstOrDefault(p => p.Value == t && spec.Measures.Contains(p.Key)) is { Value: not null } p ? p.Key : (ViewMeasure?)null);
        var kind = Read(KindKey, spec.Filters, t => Enum.GetValues<MemberKind>().Where(k => Slug(k) == t).Select(k => (MemberKind?)k).FirstOrDefault());
        var ministry = Take(MinistryKey, spec.Filters);
        ministry = Id(ministry, MinistryKey, ignored);
        var sort = Read(SortKey, spec.Sort, t => Enum.GetValues<ComparisonColumn>().Where(c => Slug(c) == t).Select(c => (ComparisonColumn?)c).FirstOrDefault());
        var descending = Read(DirectionKey, spec.Sort, t => t switch { "aflopend" => true, "oplopend" => (bool?)false, _ => null });
        var giver = Id(Take(GiverKey, spec.Cell), GiverKey, ignored);
        var receiver = Id(Take(ReceiverKey, spec.Cell), ReceiverKey, ignored);
        if ((giver is null) != (receiver is null))
        {
            ignored.Add(giver is null ? ReceiverKey : GiverKey);
            (giver, receiver) = (null, null);
        }

        var live = Read(FiguresKey, true, t => t == LiveFiguresValue ? true : (bool?)null) ?? false;
        var page = Read(PageKey, spec.Paged, t => int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : (int?)null);
        return new ViewState(period, measure, kind, ministry, sort, descending, giver, receiver, live, page) { Ignored = [.. ignored.Distinct()] };
    }

    public static string Slug<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static bool Known(string key) => Neutral.Contains(key) || key is PeriodKey or FromKey or ToKey or MeasureKey or KindKey or MinistryKey or SortKey or DirectionKey or GiverKey or ReceiverKey or FiguresKey or PageKey;

    // Ids are lowercase slugs; anything else cannot name a member and is ignored rather than echoed.
    private static string? Id(string? value, string key, List<string> ignored)
    {
        if (value is null || (value.Length <= 64 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')))
        {
            return value;
        }

        ignored.Add(key);
        return null;
    }

    private static PeriodChoice ReadPeriod(IReadOnlyDictionary<string, string?> query, DateOnly today, List<string> ignored)
    {
        var fallback = PeriodChoice.Default(today);
        var name = query.GetValueOrDefault(PeriodKey);
        var text = (From: query.GetValueOrDefault(FromKey), To: query.GetValueOrDefault(ToKey));
        // An address with only van and tot (as the overview links to an initiative) is a custom range.
        var kind = string.IsNullOrEmpty(name)
            ? !string.IsNullOrEmpty(text.From) || !string.IsNullOrEmpty(text.To) ? PeriodKind.Custom : PeriodKind.Last12Months
            : PeriodNames.FirstOrDefault(p => p.Value == name) is { Value: not null } p ? p.Key : (PeriodKind?)null;
        if (kind is null)
        {
            ignored.AddRange([PeriodKey, .. Present(query, FromKey, ToKey)]);
            return fallback;
        }

        if (kind == PeriodKind.Last12Months)
        {
            ignored.AddRange(Present(query, FromKey, ToKey));
            return fallback;
        }

        var from = Month(text.From);
        var to = kind == PeriodKind.Custom ? Month(text.To) : from;
        if (from is not { } f || to is not { } t)
        {
            ignored.AddRange([.. Present(query, PeriodKey), .. from is null ? [FromKey] : Array.Empty<string>(), .. kind == PeriodKind.Custom && Month(text.To) is null ? [ToKey] : Array.Empty<string>()]);
            return fallback;
        }

        var period = kind switch
        {
            PeriodKind.Month => Period.Month(f.Year, f.Month),
            PeriodKind.Quarter => Period.Quarter(f.Year, ((f.Month - 1) / 3) + 1),
            PeriodKind.Year => Period.Year(f.Year),
            _ => f <= t ? new Period(f, t) : new Period(t, f),
        };
        var number = kind == PeriodKind.Quarter ? ((f.Month - 1) / 3) + 1 : f.Month;
        return new PeriodChoice(kind.Value, f.Year, number, period.From, period.To);
    }

    private static IEnumerable<string> Present(IReadOnlyDictionary<string, string?> query, params string[] keys) =>
        keys.Where(k => !string.IsNullOrEmpty(query.GetValueOrDefault(k)));

    // Months the picker can show: from 2000 to 2100, like the API.
    private static YearMonth? Month(string? text) =>
        PeriodChoice.FromInput(text) is { Year: >= 2000 and <= 2100 } month ? month : null;
}
