using System.ComponentModel.DataAnnotations;

namespace Collab.Dashboard.Hosting;

/// <summary>
/// Section <c>RequestLimits</c>: the largest address and headers the dashboard reads. Up to these it answers itself (problem
/// details with every security header); Kestrel's own limits are twice these, and beyond them Kestrel answers bare.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Characters of the request target (path and query, as sent); longer gets 414.</summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "RequestLimits:MaxUrlLength must be a whole number from 1024 to 1048576 (characters of path and query).")]
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>Bytes of all header lines together (name, value, separator and line end); more gets 431.</summary>
    [Range(4096, 4 * 1024 * 1024, ErrorMessage = "RequestLimits:MaxHeaderBytes must be a whole number from 4096 to 4194304 (bytes of all header lines).")]
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>Header lines in one request; more gets 431.</summary>
    [Range(16, 10_000, ErrorMessage = "RequestLimits:MaxHeaderCount must be a whole number from 16 to 10000 (header lines).")]
    public int MaxHeaderCount { get; set; } = 100;
}
