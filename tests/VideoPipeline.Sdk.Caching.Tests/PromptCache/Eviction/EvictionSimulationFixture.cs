namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>
/// Generates the workload of <see cref="EvictionSimulationTests"/> once and replays it at every budget with both policies,
/// plus the two references, so that the tests of the class share one set of runs.
/// </summary>
public sealed class EvictionSimulationFixture
{
    public const int Seed = 20_250_611;
    public const int CatalogSize = 40_000;
    public const int RequestCount = 400_000;
    public const double ZipfExponent = 0.9;
    public const double NearDuplicateShare = 0.10;
    public const double WarmUpShare = 0.15;

    public EvictionSimulationFixture()
    {
        Workload = CacheWorkload.Generate(Seed, CatalogSize, RequestCount, ZipfExponent, NearDuplicateShare);
        Unbounded = EvictionSimulator.RunUnbounded(Workload, WarmUpShare);
        var runs = BudgetShares
            .SelectMany(share => new[] { CacheEvictionPolicy.CostAware, CacheEvictionPolicy.LeastRecentlyUsed }.Select(policy => (share, policy)))
            .ToArray();
        var results = new SimulationResult[runs.Length];

        // Each run is single-threaded and deterministic; running them side by side only saves wall-clock time.
        Parallel.For(0, runs.Length, i => results[i] = EvictionSimulator.Run(Workload, runs[i].policy, Budget(runs[i].share), WarmUpShare));
        Budgets = BudgetShares.Select(share => new BudgetRuns(
            share,
            results[Array.IndexOf(runs, (share, CacheEvictionPolicy.CostAware))],
            results[Array.IndexOf(runs, (share, CacheEvictionPolicy.LeastRecentlyUsed))],
            EvictionSimulator.RunHindsightOptimum(Workload, Budget(share), WarmUpShare))).ToArray();
    }

    /// <summary>Gets the budgets simulated, as shares of the catalog's bytes.</summary>
    public static IReadOnlyList<double> BudgetShares { get; } = [0.02, 0.05, 0.10];

    internal CacheWorkload Workload { get; }

    internal SimulationResult Unbounded { get; }

    internal IReadOnlyList<BudgetRuns> Budgets { get; }

    private long Budget(double share) => (long)(Workload.TotalBytes * share);
}
