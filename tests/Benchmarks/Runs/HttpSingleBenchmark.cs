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
        // Where the time goes: the same registrations straight to the member grains (no HTTP, no audit line).
        var grainRun = $"grain-{Guid.NewGuid():N}"[..13];
        var grainOnly = await LoadGenerator.ClosedLoop(clients, duration, async n =>
            await product.Orleans.Client.GetGrain<Contracts.Members.IMemberGrain>(Workload.Session(grainRun, n, Members).ProvidingMemberId)
                .Register(Workload.Session(grainRun, n, Members)) == Contracts.Registrations.RegistrationResult.Accepted);
        var stored = await product.LedgerCount() - ledger;
        if (stored != registrations.Items + grainOnly.Items)
        {
            throw new InvalidOperationException($"{registrations.Items + grainOnly.Items} acknowledged but {stored} in the ledger.");
        }

        var baseline = (trivialBefore.PerSecond + trivialAfter.PerSecond) / 2;
        table.Add(new Measurement("HTTP single", $"POST support session, {clients} clients, {duration.TotalSeconds:N0} s", registrations.ToString(),
            $"{baseline:N0}/s", Rate.Ratio(registrations.PerSecond, baseline), "≥ 0.5", registrations.PerSecond / baseline >= 0.5));
        table.Add(new Measurement("HTTP single", $"(diagnostic) member grain Register alone, {clients} clients", grainOnly.ToString(),
            $"{baseline:N0}/s", Rate.Ratio(grainOnly.PerSecond, baseline), "–", null));
        await Stages(product, table, clients, duration, baseline, run);
        table.Note($"HTTP baseline: GET /alive from the same {clients} clients, {trivialBefore} before and {trivialAfter} after; {registrations.Items + grainOnly.Items:N0} registrations acknowledged (HTTP and grain) = {stored:N0} in the ledger.");
    }

    // Where an HTTP registration's time goes: each stage adds one part of the path to the one before.
    private static async Task Stages(ProductUnderTest product, ResultTable table, int clients, TimeSpan duration, double baseline, string run)
    {
        var read = await LoadGenerator.ClosedLoop(clients, duration, async n =>
        {
            using var response = await product.Manager.GetAsync($"/api/v1/members/{Workload.MemberId((int)(n % Members))}");
            return response.IsSuccessStatusCode;
        });
        var refused = await LoadGenerator.ClosedLoop(clients, duration, async n =>
        {
            using var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions", Workload.Session(run, n, Members) with { ProvidingMemberId = "" }, Workload.Json);
            return response.StatusCode == HttpStatusCode.BadRequest;
        });
        var duplicate = await LoadGenerator.ClosedLoop(clients, duration, async n =>
        {
            using var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions", Workload.Session(run, n % 1_000, Members), Workload.Json);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created;
        });
        foreach (var (what, rate) in new[] { ("GET member (bearer, JSON, grain read)", read), ("POST refused before the grain (audit line)", refused), ("POST again: duplicate (grain, audit, no ledger append)", duplicate) })
        {
            table.Add(new Measurement("HTTP single", $"(diagnostic) {what}", rate.ToString(), $"{baseline:N0}/s", Rate.Ratio(rate.PerSecond, baseline), "–", null));
        }
    }

    private static Task<Rate> Trivial(ProductUnderTest product, int clients, TimeSpan duration) =>
        LoadGenerator.ClosedLoop(clients, duration, async _ =>
        {
            using var response = await product.Manager.GetAsync("/alive");
            return response.IsSuccessStatusCode;
        });
}
