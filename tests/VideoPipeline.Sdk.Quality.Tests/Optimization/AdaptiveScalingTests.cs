using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Quality.Planning.Internal;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>
/// Adaptive scaling: in the chosen plan a static talking-head scene gets a cheaper video route and a lower or equal frame
/// rate than an action scene, and when the action scenes' upgrades break MaxCost the plan keeps them at the profile's tier.
/// </summary>
public sealed class AdaptiveScalingTests
{
    private const int TalkingHead = 0;
    private const int Action = 1;

    [Theory]
    [InlineData(QualityLevel.Economy)]
    [InlineData(QualityLevel.Standard)]
    [InlineData(QualityLevel.Premium)]
    [InlineData(QualityLevel.Ultra)]
    public async Task TwoSceneScreenplay_TalkingHeadSceneGetsACheaperRouteAndNoHigherFrameRate_ThanTheActionScene(QualityLevel level)
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.Only(level));

        var plan = recommendation.Plan!;
        Assert.True(plan.IsAdaptive);
        Assert.Equal([SceneMotion.Static, SceneMotion.Action], plan.Scenes.Select(scene => scene.Motion));
        var talking = plan.VideoStep(TalkingHead);
        var action = plan.VideoStep(Action);
        Assert.True(talking.Route.Tier < action.Route.Tier, $"{talking.Route.Id} is not below {action.Route.Id}.");
        Assert.True(talking.Route.Price!.Amount < action.Route.Price!.Amount, $"{talking.Route.Id} is not cheaper than {action.Route.Id}.");
        Assert.True(talking.FramesPerSecond <= action.FramesPerSecond);

        // Static one tier below the profile (at least Lite), action one above (at most Flagship).
        var profileTier = plan.Profile.VideoTier;
        Assert.Equal(profileTier == RouteTier.Lite ? RouteTier.Lite : profileTier - 1, talking.Route.Tier);
        Assert.Equal(profileTier == RouteTier.Flagship ? RouteTier.Flagship : profileTier + 1, action.Route.Tier);
    }

    [Fact]
    public async Task TwoSceneScreenplay_AtUltra_TalkingHeadIsAt24FpsWhileTheActionSceneKeeps60()
    {
        using var services = TestCatalog.Services();

        var plan = (await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Ultra))).Plan!;

        Assert.Equal(24, plan.VideoStep(TalkingHead).FramesPerSecond);
        Assert.Equal(60, plan.VideoStep(Action).FramesPerSecond);
    }

    [Theory]
    [InlineData(QualityLevel.Economy)]
    [InlineData(QualityLevel.Standard)]
    [InlineData(QualityLevel.Premium)]
    public async Task MaxCostBetweenTheLeanAndTheFullPlan_KeepsTheLevel_WithTheActionSceneAtTheProfileTier(QualityLevel level)
    {
        using var services = TestCatalog.Services();
        var (lean, full) = await LeanAndFullAsync(services, level);
        Assert.True(lean.Maximum < full.Maximum);
        var maxCost = Money.FromUsd(Math.Round((lean.Maximum.Usd + full.Maximum.Usd) / 2, 4));

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, new QualityConstraints { MinimumTier = level, BudgetTier = level, MaxCost = maxCost });

        Assert.True(recommendation.IsFeasible, recommendation.Rationale);
        Assert.Equal(level, recommendation.Level);
        Assert.Equal(lean.Maximum, recommendation.Estimate!.Maximum);
        Assert.True(recommendation.Estimate.Maximum <= maxCost);
        var plan = recommendation.Plan!;
        Assert.Equal(plan.Profile.VideoTier, plan.VideoStep(Action).Route.Tier);
        Assert.True(plan.VideoStep(TalkingHead).Route.Tier <= plan.Profile.VideoTier);
        Assert.Equal(lean.Plan.QualityScore, recommendation.ExpectedQuality, 12);
    }

    [Theory]
    [InlineData(QualityLevel.Economy)]
    [InlineData(QualityLevel.Premium)]
    public async Task MaxCostAboveTheFullPlan_UpgradesTheActionScene(QualityLevel level)
    {
        using var services = TestCatalog.Services();
        var (_, full) = await LeanAndFullAsync(services, level);

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, new QualityConstraints { MinimumTier = level, BudgetTier = level, MaxCost = full.Maximum });

        Assert.Equal(full.Maximum, recommendation.Estimate!.Maximum);
        Assert.Equal(recommendation.Plan!.Profile.VideoTier + 1, recommendation.Plan.VideoStep(Action).Route.Tier);
    }

    [Theory]
    [InlineData(QualityLevel.Economy)]
    [InlineData(QualityLevel.Premium)]
    public async Task MaxCostBelowTheLeanPlan_RejectsTheLevel_WithTheLeanPlansCost(QualityLevel level)
    {
        using var services = TestCatalog.Services();
        var (lean, full) = await LeanAndFullAsync(services, level);
        var maxCost = Money.FromUsd(lean.Maximum.Usd - 0.01m);

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, new QualityConstraints { MinimumTier = level, BudgetTier = level, MaxCost = maxCost });

        Assert.False(recommendation.IsFeasible);
        // The cheaper of the two plans is reported, so that the rejection does not overstate what the level would take.
        Assert.True(lean.Maximum < full.Maximum);
        Assert.Equal($"it costs up to {lean.Maximum} with its retry reserve; MaxCost is {maxCost}", recommendation.Alternative(level).Rejection);
    }

    /// <summary>The screenplay's adaptive plans of a level without and with the action scene's upgrade, priced.</summary>
    private static async Task<(CostEstimate Lean, CostEstimate Full)> LeanAndFullAsync(ServiceProvider services, QualityLevel level)
    {
        var planner = services.GetRequiredService<ProductionPlanner>();
        var estimator = services.GetRequiredService<ICostEstimator>();
        var profile = services.GetRequiredService<QualityProfiles>().Get(level);
        var scenes = new ScriptSegmenter(new QualityOptions()).SplitIntoScenes(OptimizerTestData.TwoSceneScreenplay);
        var lean = await estimator.EstimateAsync(planner.Plan(profile, scenes, adaptive: true, upgradeActionScenes: false));
        var full = await estimator.EstimateAsync(planner.Plan(profile, scenes, adaptive: true));
        return (lean, full);
    }
}
