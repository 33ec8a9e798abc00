using System.Diagnostics;

namespace Collab.Benchmarks.Runs;

/// <summary>How fast something went: items per second over a measured stretch.</summary>
public readonly record struct Rate(long Items, TimeSpan Elapsed)
{
    public double PerSecond => Items / Elapsed.TotalSeconds;

    public static async Task<Rate> Measure(long items, Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return new Rate(items, clock.Elapsed);
    }

    public override string ToString() => $"{PerSecond:N0}/s";

    public static string Ratio(double value, double baseline) => baseline <= 0 ? "–" : (value / baseline).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
