using System.Text;

namespace Collab.Dashboard.Import;

/// <summary>Refuses bytes that are not UTF-8, such as a Windows-1252 'é', instead of reading them as '�'.</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Null when the bytes are UTF-8 (with or without a byte order mark); otherwise the file error, naming the line.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        try
        {
            Strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            return $"The file is not UTF-8 (line {LineOf(bytes, at)}). Save it as 'CSV UTF-8' and try again.";
        }
    }

    /// <summary>The 1-based line of a byte offset; CR, LF and CR LF each end a line, as the CSV reader counts them.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        return 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
    }
}
