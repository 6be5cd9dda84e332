using VideoPipeline.Sdk.Quality.Planning.Internal;

namespace VideoPipeline.Sdk.Quality.Estimation.Internal;

/// <summary>The default <see cref="ICostEstimator"/>: plans with <see cref="ProductionPlanner"/> and prices with
/// <see cref="CostCalculator"/>. Immutable; the work is synchronous and done on the caller's thread.</summary>
internal sealed class CostEstimator(QualityProfiles profiles, ProductionPlanner planner) : ICostEstimator
{
    public ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityLevel level, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return EstimateAsync(analysis, profiles.Get(level), cancellationToken);
    }

    public ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(profile);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = planner.Plan(profile, SceneInput.SplitEvenly(analysis), adaptive: false);
        return ValueTask.FromResult(CostCalculator.Calculate(plan));
    }

    public ValueTask<CostEstimate> EstimateAsync(ProductionPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(CostCalculator.Calculate(plan));
    }
}
