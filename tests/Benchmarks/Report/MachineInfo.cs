namespace Collab.Benchmarks.Report;

/// <summary>What the run ran on: figures from a shared, noisy machine only mean something beside its size.</summary>
public sealed record MachineInfo(int Processors, double MemoryGiB, string Os, string Runtime)
{
    public static MachineInfo Current()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb ? double.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024 : 0
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024d / 1024 / 1024;
        return new MachineInfo(Environment.ProcessorCount, Math.Round(memory, 1), System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }
}
