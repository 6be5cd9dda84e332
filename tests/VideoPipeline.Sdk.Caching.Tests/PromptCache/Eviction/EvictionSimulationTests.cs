using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>
/// Replays one deterministic mixed workload (<see cref="CacheWorkload"/>) against the in-memory tier at 2%, 5% and 10% of
/// the catalog's bytes, with the cost-aware policy and with LRU, and compares the money each saves. The table it writes is
/// committed as <c>benchmarks/results/EvictionSimulation.md</c>.
/// </summary>
public sealed class EvictionSimulationTests(EvictionSimulationFixture simulation, ITestOutputHelper output)
    : IClassFixture<EvictionSimulationFixture>
{
    [Fact]
    public void CostAware_MixedWorkload_SavesMoreThanLruAndNearlyWhatHindsightSaves()
    {
        output.WriteLine(Report(simulation));

        foreach (var budget in simulation.Budgets)
        {
            Assert.True(
                budget.Ratio >= 1.1m,
                Invariant($"At {budget.Share:P0} the cost-aware policy saved ${budget.CostAware.MoneySaved:N2}, LRU ${budget.Lru.MoneySaved:N2}: {budget.Ratio:F2}×, under 1.1×."));
            Assert.True(
                budget.CostAware.MoneySaved >= 0.8m * budget.Hindsight.MoneySaved,
                Invariant($"At {budget.Share:P0} the cost-aware policy saved ${budget.CostAware.MoneySaved:N2}, under 80% of the hindsight optimum's ${budget.Hindsight.MoneySaved:N2}."));
        }
    }

    [Fact]
    public void MemoryTier_EveryBudgetAndPolicy_StaysWithinFivePercentOfTheBudget()
    {
        foreach (var budget in simulation.Budgets)
        {
            foreach (var run in new[] { budget.CostAware, budget.Lru })
            {
                Assert.True(
                    run.PeakMemoryBytes <= run.BudgetBytes * 1.05,
                    Invariant($"{run.Policy} at {budget.Share:P0}: {run.PeakMemoryBytes} bytes after a Set, over 105% of the {run.BudgetBytes}-byte budget."));
                Assert.True(
                    run.FinalMemoryBytes >= run.BudgetBytes * 0.9,
                    Invariant($"{run.Policy} at {budget.Share:P0}: {run.FinalMemoryBytes} bytes at the end, under 90% of the {run.BudgetBytes}-byte budget."));
            }
        }
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameWorkload()
    {
        var first = CacheWorkload.Generate(7, 1_000, 10_000, 0.9, 0.1);
        var second = CacheWorkload.Generate(7, 1_000, 10_000, 0.9, 0.1);
        var other = CacheWorkload.Generate(8, 1_000, 10_000, 0.9, 0.1);

        Assert.Equal(first.Requests, second.Requests);
        Assert.Equal(first.Items.Select(Describe), second.Items.Select(Describe));
        Assert.NotEqual(first.Requests, other.Requests);

        static (MediaKind, long, decimal, double) Describe(WorkloadItem item) => (item.Kind, item.Bytes, item.Cost, item.LatencySeconds);
    }

    [Theory]
    [InlineData(MediaKind.Text, 1_000, 8_000, 0.001, 0.02, 2, 21)]
    [InlineData(MediaKind.Image, 500_000, 3_000_000, 0.02, 0.08, 5, 20)]
    [InlineData(MediaKind.Speech, 320_000, 1_920_000, 0.009, 0.10, 3, 14)]
    [InlineData(MediaKind.Video, 5_000_000, 40_000_000, 0.25, 2.50, 42, 180)]
    public void Generate_EveryKind_StaysInTheStatedRangesAndMix(
        MediaKind kind, long minBytes, long maxBytes, double minCost, double maxCost, double minLatency, double maxLatency)
    {
        var workload = simulation.Workload;
        var items = workload.Items.Where(item => item.Kind == kind).ToArray();
        var share = CacheWorkload.KindMix.Single(mix => mix.Kind == kind).Share;

        Assert.InRange(items.Length, (share - 0.01) * workload.Items.Count, (share + 0.01) * workload.Items.Count);
        Assert.All(items, item =>
        {
            Assert.InRange(item.Bytes, minBytes, maxBytes);
            Assert.InRange(item.Cost, (decimal)minCost, (decimal)maxCost);
            Assert.InRange(item.LatencySeconds, minLatency, maxLatency);
        });
        // Requests follow the catalog mix only roughly: at s = 0.9 the most popular item alone takes about 5% of them.
        Assert.InRange(workload.Requests.Count(request => workload.Items[request.Item].Kind == kind), (share - 0.05) * workload.Requests.Count, (share + 0.05) * workload.Requests.Count);
        Assert.InRange(workload.Requests.Count(request => request.NearDuplicate), 0.095 * workload.Requests.Count, 0.105 * workload.Requests.Count);
    }

    private static string Report(EvictionSimulationFixture simulation)
    {
        var workload = simulation.Workload;
        var unbounded = simulation.Unbounded;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Seed {workload.Seed}; {workload.Items.Count:N0} distinct items, {workload.TotalBytes / 1e9:F2} GB; {workload.Requests.Count:N0} requests; Zipf s = {workload.ZipfExponent}; near-duplicates {workload.NearDuplicateShare:P0}; kind mix {string.Join(", ", CacheWorkload.KindMix.Select(mix => Invariant($"{mix.Kind} {mix.Share:P0}")))}; the first {EvictionSimulationFixture.WarmUpShare:P0} of requests warm the cache and are not counted."));
        text.AppendLine(Invariant($"Measured requests would cost ${MoneyRequested(simulation):N2} without a cache."));
        text.AppendLine();
        text.AppendLine("| Budget | Budget bytes | CostAware saved | LRU saved | CostAware / LRU | CostAware hit rate (requests / bytes) | LRU hit rate (requests / bytes) | Hindsight optimum saved (/ LRU) | Unbounded cache saved |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var budget in simulation.Budgets)
        {
            var (costAware, lru, hindsight) = (budget.CostAware, budget.Lru, budget.Hindsight);
            text.AppendLine(Invariant($"| {budget.Share:P0} | {costAware.BudgetBytes / 1e6:N0} MB | ${costAware.MoneySaved:N2} | ${lru.MoneySaved:N2} | **{budget.Ratio:F2}×** | {costAware.HitRate:P1} / {costAware.ByteHitRate:P1} | {lru.HitRate:P1} / {lru.ByteHitRate:P1} | ${hindsight.MoneySaved:N2} ({budget.HindsightRatio:F2}×) | ${unbounded.MoneySaved:N2} |"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"Unbounded cache: hit rate {unbounded.HitRate:P1} of requests, {unbounded.ByteHitRate:P1} of bytes."));
        text.AppendLine();
        text.AppendLine("| Budget | Policy | Peak after a Set / budget | At the end / budget | Evictions | Hits on near-duplicates |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|");
        foreach (var budget in simulation.Budgets)
        {
            foreach (var run in new[] { budget.CostAware, budget.Lru })
            {
                text.AppendLine(Invariant($"| {budget.Share:P0} | {run.Policy} | {(double)run.PeakMemoryBytes / run.BudgetBytes:P2} | {(double)run.FinalMemoryBytes / run.BudgetBytes:P2} | {run.Evictions:N0} | {run.NearDuplicateHits:N0} |"));
            }
        }

        return text.ToString();
    }

    private static decimal MoneyRequested(EvictionSimulationFixture simulation)
    {
        var workload = simulation.Workload;
        var total = 0m;
        for (var i = (int)(workload.Requests.Count * EvictionSimulationFixture.WarmUpShare); i < workload.Requests.Count; i++)
        {
            total += workload.Items[workload.Requests[i].Item].Cost;
        }

        return total;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
