namespace Collab.Benchmarks.Runs;

/// <summary>p50/p99/max of a set of durations in milliseconds.</summary>
public sealed record Percentiles(double P50, double P99, double Max, int Count)
{
    public static Percentiles Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(double.NaN, double.NaN, double.NaN, 0);
        }

        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(At(0.50), At(0.99), sorted[^1], sorted.Length);
    }

    public override string ToString() => $"p50 {P50:N0} ms, p99 {P99:N0} ms";
}
