using System.Net;
using System.Net.Http.Json;
using Collab.Benchmarks.Report;

namespace Collab.Benchmarks.Runs;

/// <summary>One registration per request with N clients, against a trivial endpoint of the same app (its liveness probe) under the same load generator.</summary>
public static class HttpSingleBenchmark
{
    private const int Members = 20;

    public static async Task Run(ProductUnderTest product, ResultTable table, int clients, TimeSpan duration)
    {
        await product.EnsureMembers(Members);
        var trivialBefore = await Trivial(product, clients, duration);
        var ledger = await product.LedgerCount();
        var run = $"http-{Guid.NewGuid():N}"[..13];
        var registrations = await LoadGenerator.ClosedLoop(clients, duration, async n =>
        {
            using var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions", Workload.Session(run, n, Members), Workload.Json);
            return response.StatusCode == HttpStatusCode.Created;
        });
        var trivialAfter = await Trivial(product, clients, duration);
        var stored = await product.LedgerCount() - ledger;
        if (stored != registrations.Items)
        {
            throw new InvalidOperationException($"{registrations.Items} acknowledged but {stored} in the ledger.");
        }

        var baseline = (trivialBefore.PerSecond + trivialAfter.PerSecond) / 2;
        table.Add(new Measurement("HTTP single", $"POST support session, {clients} clients, {duration.TotalSeconds:N0} s", registrations.ToString(),
            $"{baseline:N0}/s", Rate.Ratio(registrations.PerSecond, baseline), "≥ 0.5", registrations.PerSecond / baseline >= 0.5));
        table.Note($"HTTP baseline: GET /alive from the same {clients} clients, {trivialBefore} before and {trivialAfter} after; {registrations.Items:N0} registrations acknowledged = {stored:N0} in the ledger.");
    }

    private static Task<Rate> Trivial(ProductUnderTest product, int clients, TimeSpan duration) =>
        LoadGenerator.ClosedLoop(clients, duration, async _ =>
        {
            using var response = await product.Manager.GetAsync("/alive");
            return response.IsSuccessStatusCode;
        });
}
