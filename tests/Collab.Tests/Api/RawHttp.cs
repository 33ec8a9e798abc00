using System.Net.Sockets;
using System.Text;

namespace Collab.Tests.Api;

/// <summary>What came back on the wire: the status, each header (repeated ones joined by ", ") and the body, unchunked.</summary>
public sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One HTTP/1.1 request written byte for byte on its own connection, for what HttpClient would tidy up (a %00 in the path, an over-long line).</summary>
public static class RawHttp
{
    public static async Task<RawAnswer> GetAsync(Uri server, string target, IEnumerable<(string Name, string Value)> headers, CancellationToken cancel)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancel);
        var head = new StringBuilder($"GET {target} HTTP/1.1\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()), cancel);
        using var received = new MemoryStream();
        // Every request says Connection: close, so the answer ends where the connection does.
        await stream.CopyToAsync(received, cancel);
        return Parse(received.ToArray());
    }

    /// <summary>The header lines every raw request starts with: Host and Connection: close.</summary>
    public static (string Name, string Value)[] Basic(Uri server) => [("Host", server.Authority), ("Connection", "close")];

    private static RawAnswer Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..end].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1].Trim())), StringComparer.OrdinalIgnoreCase);
        var body = text[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return new RawAnswer(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
