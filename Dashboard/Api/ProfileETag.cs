using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Collab.Dashboard.Api;

/// <summary>A profile's revision as a strong HTTP entity tag, and the <c>If-Match</c> an edit must send back.</summary>
public static class ProfileETag
{
    public static string Of(long revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The revision named by If-Match; false when the header is missing; -1 when it names no revision of ours (it never matches).</summary>
    public static bool TryRead(HttpRequest request, out long revision)
    {
        revision = -1;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Count == 1 && !tags[0].IsWeak
            && long.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            revision = parsed;
        }

        return true;
    }
}
