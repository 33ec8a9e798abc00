using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;

namespace Collab.Dashboard.Live;

/// <summary>A binding (fixed or published) version of a period and the figures it keeps.</summary>
public sealed record FixedView(PeriodVersion Version, CollaborationFigures Figures);

/// <summary>Where pages learn whether the period they show was fixed: the cluster in the product, nothing in component tests.</summary>
public interface IPeriodVersionReader
{
    /// <summary>The current binding version of exactly this period (a whole month, quarter or year), or null.</summary>
    Task<FixedView?> Binding(Period period);
}
