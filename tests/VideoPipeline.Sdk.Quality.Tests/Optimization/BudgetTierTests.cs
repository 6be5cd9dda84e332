using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The budget tier caps the profile and the minimum tier floors it, whatever the importance.</summary>
public sealed class BudgetTierTests
{
    [Theory]
    [MemberData(nameof(OptimizerTestData.ScriptNames), MemberType = typeof(OptimizerTestData))]
    public async Task BudgetTierStandard_NeverChoosesPremiumOrUltra_AndRejectsThemAsAboveBudgetTier(string name)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script(name);

        foreach (var importance in Enum.GetValues<ContentImportance>())
        {
            for (var call = 0; call < 10; call++)
            {
                var recommendation = await optimizer.OptimizeForContentAsync(
                    script, ContentType.Unknown, new QualityConstraints { BudgetTier = QualityLevel.Standard, Importance = importance });

                Assert.True(recommendation.IsFeasible);
                Assert.InRange(recommendation.Level!.Value, QualityLevel.Economy, QualityLevel.Standard);
                Assert.Equal(recommendation.Level, recommendation.Plan!.Profile.Level);
                foreach (var above in new[] { QualityLevel.Premium, QualityLevel.Ultra })
                {
                    var alternative = recommendation.Alternative(above);
                    Assert.False(alternative.Fits);
                    Assert.Equal("it is above BudgetTier Standard", alternative.Rejection);
                    Assert.Contains($"{above} does not fit: it is above BudgetTier Standard.", recommendation.Rationale, StringComparison.Ordinal);
                }

                Assert.True(recommendation.Alternative(QualityLevel.Economy).Fits);
                Assert.True(recommendation.Alternative(QualityLevel.Standard).Fits);
            }
        }
    }

    [Fact]
    public async Task MinimumTierPremium_NeverChoosesBelowIt_AndRejectsTheLowerProfiles()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();

        foreach (var importance in Enum.GetValues<ContentImportance>())
        {
            for (var call = 0; call < 10; call++)
            {
                var recommendation = await optimizer.OptimizeForContentAsync(
                    OptimizerTestData.TwoSceneScreenplay,
                    ContentType.Narrative,
                    new QualityConstraints { MinimumTier = QualityLevel.Premium, MaxCost = Money.FromUsd(500m), Importance = importance });

                Assert.InRange(recommendation.Level!.Value, QualityLevel.Premium, QualityLevel.Ultra);
                Assert.Equal("it is below MinimumTier Premium", recommendation.Alternative(QualityLevel.Economy).Rejection);
                Assert.Equal("it is below MinimumTier Premium", recommendation.Alternative(QualityLevel.Standard).Rejection);
            }
        }
    }

    [Theory]
    [InlineData(QualityLevel.Economy)]
    [InlineData(QualityLevel.Standard)]
    [InlineData(QualityLevel.Premium)]
    [InlineData(QualityLevel.Ultra)]
    public async Task MinimumTierEqualToBudgetTier_AlwaysChoosesThatProfile(QualityLevel level)
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("corporate"), ContentType.Corporate, OptimizerTestData.Only(level));

        Assert.Equal(level, recommendation.Level);
        Assert.Equal(level, recommendation.Plan!.Profile.Level);
        Assert.Equal([level], recommendation.Alternatives.Where(alternative => alternative.Fits).Select(alternative => alternative.Level));
    }

    [Fact]
    public async Task BudgetTierAndMaxCost_BothApply()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("news");
        var economy = (await optimizer.OptimizeForContentAsync(script, ContentType.News, OptimizerTestData.Only(QualityLevel.Economy))).Estimate!;

        // Enough money for Economy only; Premium is also above the budget tier.
        var recommendation = await optimizer.OptimizeForContentAsync(
            script, ContentType.News, new QualityConstraints { BudgetTier = QualityLevel.Standard, MaxCost = economy.Maximum, Importance = ContentImportance.Critical });

        Assert.Equal(QualityLevel.Economy, recommendation.Level);
        Assert.StartsWith("it costs up to", recommendation.Alternative(QualityLevel.Standard).Rejection, StringComparison.Ordinal);
        Assert.Equal("it is above BudgetTier Standard", recommendation.Alternative(QualityLevel.Premium).Rejection);
    }
}
