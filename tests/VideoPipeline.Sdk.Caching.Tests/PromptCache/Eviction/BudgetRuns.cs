namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>The runs of one budget: both policies and the hindsight optimum.</summary>
/// <param name="Share">The budget as a share of the catalog's bytes.</param>
internal sealed record BudgetRuns(double Share, SimulationResult CostAware, SimulationResult Lru, SimulationResult Hindsight)
{
    /// <summary>Gets the money the cost-aware policy saved divided by what LRU saved.</summary>
    public decimal Ratio => CostAware.MoneySaved / Lru.MoneySaved;

    /// <summary>Gets the money the hindsight optimum saved divided by what LRU saved: the most the ratio could be.</summary>
    public decimal HindsightRatio => Hindsight.MoneySaved / Lru.MoneySaved;
}
