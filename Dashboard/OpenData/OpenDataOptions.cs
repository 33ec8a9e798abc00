using System.ComponentModel.DataAnnotations;

namespace Collab.Dashboard.OpenData;

/// <summary>Settings of the open data (section <c>OpenData</c>), checked when the app starts.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>Counts of people below this are suppressed (Viva Insights and CBS practice: at least 5).</summary>
    [Range(2, 100)]
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>How long a harvester or browser may keep an answer: a published version never changes, the catalogue rarely.</summary>
    [Range(0, 86_400)]
    public int MaxAgeSeconds { get; set; } = 3_600;

    [Required]
    public string Publisher { get; set; } = "Samenwerking informatiehuishouding OCW, EZ en LVVN";
}
