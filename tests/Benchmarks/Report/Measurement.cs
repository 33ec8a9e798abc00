namespace Collab.Benchmarks.Report;

/// <summary>One line of the table: a figure, the baseline it is compared with in the same run, and the goal.</summary>
public sealed record Measurement(string Area, string What, string Value, string Baseline, string Ratio, string Goal, bool? Met);
