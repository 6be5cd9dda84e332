using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>When no plan meets the constraints the optimizer says so, and why, instead of returning one.</summary>
public sealed class NothingFitsTests
{
    [Fact]
    public async Task UltraUnderOneDollar_IsInfeasible_AndTheRationaleNamesUltraItsCostAndMaxCost()
    {
        using var services = TestCatalog.Services();
        var constraints = new QualityConstraints { MinimumTier = QualityLevel.Ultra, MaxCost = Money.FromUsd(1m) };

        var recommendation = await services.Optimizer().OptimizeForContentAsync(OptimizerTestData.Script("narrative"), ContentType.Narrative, constraints);

        Assert.False(recommendation.IsFeasible);
        Assert.Null(recommendation.Plan);
        Assert.Null(recommendation.Estimate);
        Assert.Null(recommendation.RunId);
        Assert.Null(recommendation.Level);
        Assert.Equal(0, recommendation.ExpectedQuality);
        Assert.Equal(ContentType.Narrative, recommendation.ContentType);
        var ultra = recommendation.Alternative(QualityLevel.Ultra);
        Assert.Equal(
            $"No profile fits the constraints. Ultra: it costs up to {ultra.Estimate.Maximum} with its retry reserve; MaxCost is $1.00.",
            recommendation.Rationale[..recommendation.Rationale.IndexOf(" The cheapest", StringComparison.Ordinal)]);

        // Every profile was considered and each says why it was not chosen.
        Assert.Equal(Enum.GetValues<QualityLevel>(), recommendation.Alternatives.Select(alternative => alternative.Level));
        Assert.All(recommendation.Alternatives, alternative => Assert.False(alternative.Fits));
        Assert.All(
            recommendation.Alternatives.Where(alternative => alternative.Level < QualityLevel.Ultra),
            alternative => Assert.Equal("it is below MinimumTier Ultra", alternative.Rejection));
        Assert.True(ultra.Estimate.Maximum > Money.FromUsd(1m));
    }

    [Fact]
    public async Task MaxCostBelowTheCheapestPlan_IsInfeasible_AndTheRationaleGivesTheCheapestPlansCost()
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("news"), ContentType.News, new QualityConstraints { MaxCost = Money.FromUsd(0.5m) });

        Assert.False(recommendation.IsFeasible);
        var economy = recommendation.Alternative(QualityLevel.Economy);
        Assert.All(recommendation.Alternatives, alternative => Assert.Contains(alternative.Level.ToString() + ": it costs up to", recommendation.Rationale, StringComparison.Ordinal));
        Assert.EndsWith($" The cheapest plan (Economy) costs up to {economy.Estimate.Maximum}.", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n ")]
    public async Task ContentWithoutWords_IsInfeasible_WithTheNoWordsRationale(string content)
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(content, ContentType.Marketing, new QualityConstraints { MaxCost = Money.FromUsd(100m) });

        Assert.False(recommendation.IsFeasible);
        Assert.Equal("The content has no words, so there is nothing to plan.", recommendation.Rationale);
        Assert.Empty(recommendation.Alternatives);
        Assert.Null(recommendation.RunId);
        Assert.Equal(ContentType.Marketing, recommendation.ContentType);
        Assert.Equal(0, recommendation.Analysis.Words);
    }
}
