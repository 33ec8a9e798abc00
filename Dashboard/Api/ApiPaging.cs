using System.Collections.Immutable;
using System.Globalization;

namespace Collab.Dashboard.Api;

/// <summary>
/// Numbered pages of a sorted list: the rows of one page and the <c>Link</c> header that names the first, previous, next and
/// last page (RFC 8288, as the audit trail's pages do). A page past the end is empty, so a client that follows "next" stops.
/// </summary>
public static class ApiPaging
{
    /// <summary>The whole number of rows, beside the page: how far a client has to go.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    public static ImmutableArray<T> Slice<T>(ImmutableArray<T> rows, int page, int take)
    {
        // A long: page × take can pass int.MaxValue for a page far past the end.
        var skip = (long)(page - 1) * take;
        return skip >= rows.Length ? [] : rows.Skip((int)skip).Take(take).ToImmutableArray();
    }

    /// <summary>The number of the last page: 1 when there are no rows, so "first" and "last" always name a page.</summary>
    public static int LastPage(int total, int take) => Math.Max(1, (int)(((long)total + take - 1) / take));

    /// <summary>The <c>Link</c> header's value: this address with only <c>page</c> replaced, per relation that exists.</summary>
    public static string Links(string path, IEnumerable<KeyValuePair<string, string?>> query, int page, int take, int total)
    {
        var last = LastPage(total, take);
        var kept = query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase)).ToList();
        string To(int number) => path + Microsoft.AspNetCore.Http.QueryString.Create(
            kept.Append(KeyValuePair.Create("page", (string?)number.ToString(CultureInfo.InvariantCulture))));

        var links = new List<string> { $"<{To(1)}>; rel=\"first\"" };
        if (page > 1)
        {
            links.Add($"<{To(Math.Min(page - 1, last))}>; rel=\"prev\"");
        }

        if (page < last)
        {
            links.Add($"<{To(page + 1)}>; rel=\"next\"");
        }

        links.Add($"<{To(last)}>; rel=\"last\"");
        return string.Join(", ", links);
    }
}
