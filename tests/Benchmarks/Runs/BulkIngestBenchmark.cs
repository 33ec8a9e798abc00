using System.Collections.Immutable;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Benchmarks.Report;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using StackExchange.Redis;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// Bulk ingest, durable and acknowledged: the API's batch endpoint and the member grains' bulk call, each against
/// StackExchange.Redis pipelining the same records into the same store, measured before and after (the mean is the baseline).
/// </summary>
public static class BulkIngestBenchmark
{
    private const int Members = 20;
    private const int BatchSize = 1000;

    public static async Task Run(ProductUnderTest product, ResultTable table, int records)
    {
        await product.EnsureMembers(Members);
        // A first pass of every path, not measured: JIT, connection pools and grain activations are not what we compare.
        await Baseline(product, BatchSize, "warm");
        await ThroughApi(product, BatchSize, "warm-api");
        await ThroughGrains(product, BatchSize, "warm-grain");
        var before = await Baseline(product, records, "a");
        var api = await ThroughApi(product, records, "api");
        var grains = await ThroughGrains(product, records, "grain");
        var (script, way) = await LedgerScriptAlone(product, records);
        var after = await Baseline(product, records, "b");
        var baseline = (before.PerSecond + after.PerSecond) / 2;
        var store = product.StoreMode == "server" ? "redis-server" : "embedded Garnet";
        table.Add(new Measurement("Bulk ingest", $"API batch, {records:N0} regs, {store}", api.ToString(), $"{baseline:N0}/s", Rate.Ratio(api.PerSecond, baseline), "≥ 0.25", api.PerSecond / baseline >= 0.25));
        table.Add(new Measurement("Bulk ingest", $"Grain bulk call, {records:N0} regs, {store}", grains.ToString(), $"{baseline:N0}/s", Rate.Ratio(grains.PerSecond, baseline), "≥ 0.25", grains.PerSecond / baseline >= 0.25));
        table.Add(new Measurement("Bulk ingest", $"(diagnostic) ledger append alone ({way}), {store}", script.ToString(), $"{baseline:N0}/s", Rate.Ratio(script.PerSecond, baseline), "–", null));
        table.Note($"Bulk ingest baseline ({store}): RPUSH of each record's JSON, pipelined, {before} before and {after} after the product runs.");
    }

    /// <summary>The same records, pipelined by StackExchange.Redis into one list: what the store does without the product.</summary>
    private static async Task<Rate> Baseline(ProductUnderTest product, int records, string pass)
    {
        var db = product.Store.GetDatabase();
        var key = (RedisKey)$"{{baseline}}:{pass}";
        var payloads = Enumerable.Range(0, records).Select(i => (RedisValue)JsonSerializer.Serialize(Workload.Session($"base-{pass}", i, Members), Workload.Json)).ToArray();
        var rate = await Rate.Measure(records, async () =>
        {
            for (var from = 0; from < records; from += BatchSize)
            {
                await Task.WhenAll(payloads.Skip(from).Take(BatchSize).Select(p => db.ListRightPushAsync(key, p)));
            }
        });
        await db.KeyDeleteAsync(key);
        return rate;
    }

    /// <summary>Only the ledger's atomic append (procedure or script, 200 records each), pipelined like the baseline: what the store charges for idempotency.</summary>
    private static async Task<(Rate Rate, string? Way)> LedgerScriptAlone(ProductUnderTest product, int records)
    {
        var ledger = new Collab.Silo.Ledger.ActivityLedger(product.Store, TimeProvider.System);
        var sessions = Workload.Sessions("script", 0, records, Members);
        var rate = await Rate.Measure(records, async () =>
        {
            foreach (var chunk in sessions.Chunk(BatchSize))
            {
                await ledger.AppendManyAsync("{ledger}:stream:benchmark:script", [.. chunk]);
            }
        });
        return (rate, ledger.AppendWay);
    }

    private static async Task<Rate> ThroughApi(ProductUnderTest product, int records, string run)
    {
        var ledger = await product.LedgerCount();
        var batches = Enumerable.Range(0, (records + BatchSize - 1) / BatchSize)
            .Select(b => Workload.Sessions(run, (long)b * BatchSize, Math.Min(BatchSize, records - (b * BatchSize)), Members)).ToArray();
        var rate = await Rate.Measure(records, () => Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
        {
            var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions/batch", batch, Workload.Json, ct);
            response.EnsureSuccessStatusCode();
            var answers = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (answers.EnumerateArray().Any(a => a.GetProperty("status").GetString() != "accepted"))
            {
                throw new InvalidOperationException("A batch item was not accepted.");
            }
        }));
        await Verify(product, ledger + records);
        return rate;
    }

    private static async Task<Rate> ThroughGrains(ProductUnderTest product, int records, string run)
    {
        var ledger = await product.LedgerCount();
        var perMember = Workload.Sessions(run, 0, records, Members).GroupBy(s => s.ProvidingMemberId).ToArray();
        var rate = await Rate.Measure(records, () => Task.WhenAll(perMember.Select(async member =>
        {
            var grain = product.Orleans.Client.GetGrain<IMemberGrain>(member.Key);
            foreach (var chunk in member.Chunk(BatchSize / 4))
            {
                var answers = await grain.RegisterMany([.. chunk.Cast<IActivity>()]);
                if (answers.Any(a => a.Outcome != Contracts.Registrations.RegistrationOutcome.Accepted))
                {
                    throw new InvalidOperationException("A registration was not accepted.");
                }
            }
        })));
        await Verify(product, ledger + records);
        return rate;
    }

    // Acknowledged means durable: the ledger holds every record the moment the last answer came.
    private static async Task Verify(ProductUnderTest product, long expected)
    {
        var count = await product.LedgerCount();
        if (count != expected)
        {
            throw new InvalidOperationException($"The ledger holds {count}, expected {expected}.");
        }
    }

}
