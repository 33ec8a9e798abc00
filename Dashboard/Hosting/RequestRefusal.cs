namespace Collab.Dashboard.Hosting;

/// <summary>Why a request is refused before the application reads it: too long an address, too many or too large headers, a control character in the path.</summary>
public sealed record RequestRefusal(int Status, string Title, string Detail)
{
    /// <summary>The first limit the request breaks, or null when it keeps to all of them.</summary>
    public static RequestRefusal? Of(HttpRequest request, string rawTarget, RequestLimitOptions limits)
    {
        if (rawTarget.Length > limits.MaxUrlLength)
        {
            return new(StatusCodes.Status414UriTooLong, "URI Too Long",
                $"The address has {rawTarget.Length} characters; this server reads at most {limits.MaxUrlLength}. Nothing was changed.");
        }

        var (lines, bytes) = (0, 0L);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                lines++;
                // As a header line on the wire: name, ": ", value, CR LF.
                bytes += name.Length + 2 + (value?.Length ?? 0) + 2;
            }
        }

        if (lines > limits.MaxHeaderCount || bytes > limits.MaxHeaderBytes)
        {
            return new(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request Header Fields Too Large",
                $"The request has {lines} header lines of {bytes} bytes; this server reads at most {limits.MaxHeaderCount} lines of {limits.MaxHeaderBytes} bytes. Nothing was changed.");
        }

        // Kestrel itself refuses a NUL in the path (%00); every other control character (%01-%1F, %7F, C1) is refused here.
        return request.Path.Value is { } path && path.Any(char.IsControl)
            ? new(StatusCodes.Status400BadRequest, "Bad Request", "The path contains a control character; no address here does. Nothing was changed.")
            : null;
    }
}
