using System.Globalization;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>A deadline rejects the plans whose estimated generation time ends after it.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public async Task DeadlineShorterThanUltrasGenerationTime_RejectsUltra_WithARationaleNamingBothDurations()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("narrative");
        var now = TestCatalog.Clock().GetUtcNow();
        var unhurried = await optimizer.OptimizeForContentAsync(script, ContentType.Narrative, OptimizerTestData.AnyProfile(ContentImportance.Critical));
        var ultraTime = unhurried.Alternative(QualityLevel.Ultra).Estimate.Plan.EstimatedGenerationTime;
        var premiumTime = unhurried.Alternative(QualityLevel.Premium).Estimate.Plan.EstimatedGenerationTime;
        Assert.Equal(QualityLevel.Ultra, unhurried.Level);
        Assert.InRange(TimeSpan.FromMinutes(10), premiumTime, ultraTime);

        var hurried = await optimizer.OptimizeForContentAsync(
            script, ContentType.Narrative, OptimizerTestData.AnyProfile(ContentImportance.Critical) with { Deadline = now.AddMinutes(10) });

        var ultra = hurried.Alternative(QualityLevel.Ultra);
        var expected = string.Create(CultureInfo.InvariantCulture, $"it takes about {ultraTime.TotalMinutes:0} min to generate; the deadline is in 10 min");
        Assert.False(ultra.Fits);
        Assert.Equal(expected, ultra.Rejection);
        Assert.Contains($"Ultra does not fit: {expected}.", hurried.Rationale, StringComparison.Ordinal);
        Assert.Equal(QualityLevel.Premium, hurried.Level);
        Assert.True(now + hurried.Plan!.EstimatedGenerationTime <= now.AddMinutes(10));
    }

    [Fact]
    public async Task DeadlineInThePast_NothingFits_AndTheRationaleSaysItPassed()
    {
        using var services = TestCatalog.Services();
        var now = TestCatalog.Clock().GetUtcNow();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("marketing"), ContentType.Marketing, OptimizerTestData.AnyProfile() with { Deadline = now.AddHours(-2) });

        Assert.False(recommendation.IsFeasible);
        Assert.All(recommendation.Alternatives, alternative => Assert.EndsWith("; the deadline passed 2 h ago", alternative.Rejection, StringComparison.Ordinal));
        Assert.Contains("Economy: it takes about", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineAfterEveryPlan_RejectsNothing()
    {
        using var services = TestCatalog.Services();
        var now = TestCatalog.Clock().GetUtcNow();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("news"), ContentType.News, OptimizerTestData.AnyProfile() with { Deadline = now.AddHours(1) });

        Assert.All(recommendation.Alternatives, alternative => Assert.True(alternative.Fits, alternative.Rejection));
    }
}
