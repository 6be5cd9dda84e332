using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>A route without a price: a plan on it cannot be held under MaxCost, but may be chosen under a budget tier.</summary>
public sealed class UnknownPriceTests
{
    [Fact]
    public async Task WithMaxCost_ALevelOnAnUnpricedRoute_IsRejectedNamingTheRoute()
    {
        using var services = TestCatalog.Services(catalog: CatalogWithoutPrice("speech-standard"));
        var optimizer = services.Optimizer();

        for (var call = 0; call < 20; call++)
        {
            var recommendation = await optimizer.OptimizeForContentAsync(
                OptimizerTestData.Script("educational"), ContentType.Educational, new QualityConstraints { MaxCost = Money.FromUsd(1000m) });

            var standard = recommendation.Alternative(QualityLevel.Standard);
            Assert.False(standard.Fits);
            Assert.False(standard.Estimate.IsKnown);
            Assert.Equal("its cost is unknown (no price for 'speech-standard'), so it cannot be held under MaxCost $1000.00", standard.Rejection);
            Assert.NotEqual(QualityLevel.Standard, recommendation.Level);
            Assert.True(recommendation.Estimate!.IsKnown);
        }
    }

    [Fact]
    public async Task WithMaxCost_OnlyTheUnpricedLevelAllowed_NothingFits()
    {
        using var services = TestCatalog.Services(catalog: CatalogWithoutPrice("speech-standard"));

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("educational"),
            ContentType.Educational,
            OptimizerTestData.Only(QualityLevel.Standard) with { MaxCost = Money.FromUsd(1000m) });

        Assert.False(recommendation.IsFeasible);
        Assert.Contains("Standard: its cost is unknown (no price for 'speech-standard')", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithBudgetTierOnly_AnUnpricedLevelMayBeChosen_AndTheRationaleMentionsTheUnknownPrice()
    {
        using var services = TestCatalog.Services(catalog: CatalogWithoutPrice("speech-standard"));

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("educational"), ContentType.Educational, OptimizerTestData.Only(QualityLevel.Standard));

        Assert.True(recommendation.IsFeasible);
        Assert.Equal(QualityLevel.Standard, recommendation.Level);
        Assert.False(recommendation.Estimate!.IsKnown);
        Assert.Equal(["speech-standard"], recommendation.Estimate.UnknownPriceRoutes);
        Assert.Contains(", plus the unknown price of speech-standard;", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithMaxCost_WhenOnlyTheActionUpgradeRouteIsUnpriced_TheLeanPlanIsChosen()
    {
        // Standard moves the action scene up to video-pro, which has no price; without that upgrade the plan is fully priced.
        // (Regression: the lean plan was taken only when its expected cost was below the full plan's, and the full plan's
        // expected cost leaves out the unpriced clips, so the level was rejected although the lean plan fits.)
        using var services = TestCatalog.Services(catalog: CatalogWithoutPrice("video-pro"));

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Standard) with { MaxCost = Money.FromUsd(1000m) });

        Assert.True(recommendation.IsFeasible, recommendation.Rationale);
        Assert.Equal(QualityLevel.Standard, recommendation.Level);
        Assert.True(recommendation.Estimate!.IsKnown);
        var plan = recommendation.Plan!;
        Assert.Equal("video-standard", plan.VideoStep(1).Route.Id);
        Assert.Equal(SceneMotion.Action, plan.Scenes[1].Motion);
    }

    private static ProviderCatalog CatalogWithoutPrice(string routeId) =>
        new(TestCatalog.Routes().Select(route => route.Id == routeId ? route with { Price = null } : route));
}
