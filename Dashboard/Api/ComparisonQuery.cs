using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Collab.Contracts.Members;
using Collab.Dashboard.Links;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Api;

/// <summary>
/// The comparison's order, filters and page as the API reads them: <c>sort</c> (the page's column names, kebab-case),
/// <c>direction</c>, <c>kind</c>, <c>ministry</c>, <c>take</c> (1–1,000, default 50) and <c>page</c> (1 first).
/// </summary>
public sealed record ComparisonQuery(ComparisonColumn SortBy, bool Descending, MemberKind? Kind, string? Ministry, int Take, int Page)
{
    public const int DefaultTake = ComparisonPage.Size;

    public const int MaxTake = 1_000;

    public static readonly ImmutableArray<string> SortNames = [.. Enum.GetValues<ComparisonColumn>().Select(ViewQuery.Slug)];

    public static readonly ImmutableArray<string> KindNames = [.. Enum.GetValues<MemberKind>().Select(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()))];

    /// <summary>The query, or every parameter that is wrong with what it should be.</summary>
    public static bool TryRead(string? sort, string? direction, string? kind, string? ministry, string? take, string? page,
        out ComparisonQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var column = ComparisonColumn.ActivitiesPerFte;
        if (!string.IsNullOrEmpty(sort))
        {
            var index = SortNames.IndexOf(sort);
            column = index >= 0 ? Enum.GetValues<ComparisonColumn>()[index] : column;
            Refuse(index < 0, "sort", $"'sort' is one of {string.Join(", ", SortNames)}.", errors);
        }

        // Names read A to Z, figures highest first, as on the comparison page.
        var descending = column != ComparisonColumn.Member;
        if (!string.IsNullOrEmpty(direction))
        {
            descending = direction is "descending" || (direction is not "ascending" && descending);
            Refuse(direction is not ("ascending" or "descending"), "direction", "'direction' is ascending or descending.", errors);
        }

        MemberKind? kindFilter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            var index = KindNames.IndexOf(kind);
            kindFilter = index >= 0 ? Enum.GetValues<MemberKind>()[index] : null;
            Refuse(index < 0, "kind", $"'kind' is one of {string.Join(", ", KindNames)}.", errors);
        }

        var size = Number(take, DefaultTake);
        Refuse(size is not (>= 1 and <= MaxTake), "take", $"'take' is a whole number from 1 to {MaxTake.ToString("N0", CultureInfo.InvariantCulture)}.", errors);
        var number = Number(page, 1);
        Refuse(number < 1, "page", "'page' is a whole number from 1 on; the first page is 1.", errors);
        query = new ComparisonQuery(column, descending, kindFilter, string.IsNullOrEmpty(ministry) ? null : ministry, size, number);
        return errors.Count == 0;
    }

    /// <summary>What the shared, per-version sorted comparison is asked for.</summary>
    public ComparisonOptions Options(Contracts.Indicators.Period period, bool perFte) => new(period, perFte, Kind, Ministry, SortBy, Descending);

    // Digits only: no sign, no spaces, no thousands separator; too many digits is as wrong as none.
    private static int Number(string? text, int fallback) => string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static void Refuse(bool wrong, string name, string message, Dictionary<string, string[]> errors)
    {
        if (wrong)
        {
            errors[name] = [message];
        }
    }
}
