using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>Importance sets what the optimizer maximises: quality per dollar for low importance, the best expected quality for
/// critical content; and its draws are seeded.</summary>
public sealed class ImportanceTests
{
    private static readonly QualityConstraints Generous = new() { MaxCost = Money.FromUsd(1000m), Importance = ContentImportance.Critical };

    [Theory]
    [MemberData(nameof(OptimizerTestData.ScriptNames), MemberType = typeof(OptimizerTestData))]
    public async Task Critical_ChoosesTheHighestExpectedQualityThatFits_EveryTime(string name)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script(name);

        for (var call = 0; call < 30; call++)
        {
            var recommendation = await optimizer.OptimizeForContentAsync(script, ContentType.Unknown, Generous);

            var best = recommendation.Alternatives.Where(alternative => alternative.Fits).MaxBy(alternative => alternative.ExpectedQuality)!;
            Assert.Equal(best.Level, recommendation.Level);
            Assert.Equal(best.ExpectedQuality, recommendation.ExpectedQuality);
        }
    }

    [Theory]
    [InlineData("news")]
    [InlineData("screenplay")]
    [InlineData("social")]
    public async Task Critical_WithAGenerousMaxCost_ChoosesUltra_ForContentWithMotion(string name)
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(OptimizerTestData.Script(name), ContentType.Unknown, Generous);

        Assert.Equal(QualityLevel.Ultra, recommendation.Level);
        Assert.Contains("the best expected quality of 4 plans that fit", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Critical_WhenUltraIsOutOfBudget_ChoosesTheBestThatFits()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("news");
        var premium = (await optimizer.OptimizeForContentAsync(script, ContentType.News, OptimizerTestData.Only(QualityLevel.Premium))).Estimate!;

        var recommendation = await optimizer.OptimizeForContentAsync(
            script, ContentType.News, new QualityConstraints { MaxCost = premium.Maximum, Importance = ContentImportance.Critical });

        Assert.Equal(QualityLevel.Premium, recommendation.Level);
        Assert.False(recommendation.Alternative(QualityLevel.Ultra).Fits);
    }

    [Theory]
    [InlineData("narrative")]
    [InlineData("social")]
    [InlineData("news")]
    [InlineData("screenplay")]
    public async Task Low_ChoosesTheBestExpectedQualityPerDollar(string name)
    {
        // A strong prior makes every belief narrow, so the draws stay near the means and the objective shows.
        using var services = TestCatalog.Services(options => options.PriorStrength = 1000);
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script(name);

        for (var call = 0; call < 20; call++)
        {
            var recommendation = await optimizer.OptimizeForContentAsync(script, ContentType.Unknown, OptimizerTestData.AnyProfile(ContentImportance.Low));

            // The draws stay within a few percent of the means, so the choice is the best per dollar or one within 10% of it.
            static double PerDollar(QualityAlternative alternative) => alternative.ExpectedQuality / (double)alternative.Estimate.Expected.Usd;
            var best = recommendation.Alternatives.Max(PerDollar);
            var chosen = PerDollar(recommendation.Alternative(recommendation.Level!.Value));
            Assert.True(chosen >= 0.9 * best, $"{recommendation.Level}: {chosen} per dollar against the best {best}");
            Assert.Contains("the best quality per dollar of 4 plans that fit", recommendation.Rationale, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HigherImportance_ChoosesDearerProfilesOnAverage()
    {
        using var services = TestCatalog.Services(options => options.LearnerSeed = 5);
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("news");
        var meanCost = new Dictionary<ContentImportance, decimal>();

        foreach (var importance in Enum.GetValues<ContentImportance>())
        {
            var total = 0m;
            for (var call = 0; call < 100; call++)
            {
                total += (await optimizer.OptimizeForContentAsync(script, ContentType.News, OptimizerTestData.AnyProfile(importance))).Estimate!.Expected.Usd;
            }

            meanCost[importance] = total / 100;
        }

        Assert.True(meanCost[ContentImportance.Low] < meanCost[ContentImportance.Normal], $"Low {meanCost[ContentImportance.Low]}, Normal {meanCost[ContentImportance.Normal]}");
        Assert.True(meanCost[ContentImportance.Normal] < meanCost[ContentImportance.High], $"Normal {meanCost[ContentImportance.Normal]}, High {meanCost[ContentImportance.High]}");
        Assert.True(meanCost[ContentImportance.High] < meanCost[ContentImportance.Critical], $"High {meanCost[ContentImportance.High]}, Critical {meanCost[ContentImportance.Critical]}");
    }

    [Fact]
    public async Task SameLearnerSeedAndSameCalls_GiveTheSameLevels_AndAnotherSeedOthers()
    {
        var first = await LevelsAsync(seed: 1234);
        var second = await LevelsAsync(seed: 1234);
        var other = await LevelsAsync(seed: 4321);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    /// <summary>A fixed sequence of calls, with feedback, on a fresh optimizer of the seed; the levels chosen.</summary>
    private static async Task<List<QualityLevel?>> LevelsAsync(long seed)
    {
        using var services = TestCatalog.Services(options => options.LearnerSeed = seed);
        var optimizer = services.Optimizer();
        var levels = new List<QualityLevel?>();
        var importances = Enum.GetValues<ContentImportance>();
        for (var call = 0; call < 60; call++)
        {
            var name = OptimizerTestData.AllScriptNames[call % OptimizerTestData.AllScriptNames.Length];
            var recommendation = await optimizer.OptimizeForContentAsync(
                OptimizerTestData.Script(name), ContentType.Unknown, OptimizerTestData.AnyProfile(importances[call % importances.Length]));
            levels.Add(recommendation.Level);
            await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(recommendation.RunId!, 1 + (call % 5)));
        }

        return levels;
    }
}
