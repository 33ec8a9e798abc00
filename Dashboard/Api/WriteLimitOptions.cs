using System.ComponentModel.DataAnnotations;

namespace Collab.Dashboard.Api;

/// <summary>Section <c>RateLimits</c>: how fast one caller may write; bound and checked when the dashboard starts.</summary>
public sealed class WriteLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>API writes allowed per caller per minute; more get 429 with Retry-After.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RateLimits:WritesPerMinute must be a whole number of at least 1 (API writes per caller per minute).")]
    public int WritesPerMinute { get; set; } = 1200;
}
