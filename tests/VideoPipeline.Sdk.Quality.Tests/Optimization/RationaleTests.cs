using System.Globalization;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The short English explanation of a recommendation.</summary>
public sealed class RationaleTests
{
    [Fact]
    public async Task Rationale_NamesTheLevelTheContentTypeTheCostAndTheScenes()
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Economy));

        var estimate = recommendation.Estimate!;
        Assert.Equal(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Economy for narrative content: expected quality {recommendation.ExpectedQuality:0.00} for {estimate.Expected} (up to {estimate.Maximum} with the retry reserve); ")
            + "the best quality⁴ per dollar of 1 plan that fit. "
            + "Standard does not fit: it is above BudgetTier Economy. Premium does not fit: it is above BudgetTier Economy. Ultra does not fit: it is above BudgetTier Economy. "
            + "Scenes: 1 static scene on video-lite at 24 fps; 1 action scene on video-standard at 24 fps.",
            recommendation.Rationale);
    }

    [Fact]
    public async Task Rationale_SaysDetected_WhenTheContentTypeWasUnknown()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("narrative");

        var detected = await optimizer.OptimizeForContentAsync(script, ContentType.Unknown, OptimizerTestData.Only(QualityLevel.Standard));
        var given = await optimizer.OptimizeForContentAsync(script, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Standard));

        Assert.Equal(ContentType.Narrative, detected.ContentType);
        Assert.Equal(detected.Analysis.ContentType, detected.ContentType);
        Assert.StartsWith("Standard for narrative content (detected): ", detected.Rationale, StringComparison.Ordinal);
        Assert.StartsWith("Standard for narrative content: ", given.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rationale_UsesTheGivenContentType_OverTheDetectedOne()
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("narrative"), ContentType.Corporate, OptimizerTestData.Only(QualityLevel.Standard));

        Assert.Equal(ContentType.Corporate, recommendation.ContentType);
        Assert.Equal(ContentType.Narrative, recommendation.Analysis.ContentType);
        Assert.StartsWith("Standard for corporate content: ", recommendation.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContentImportance.Low, "the best quality per dollar of 4 plans that fit.")]
    [InlineData(ContentImportance.Normal, "the best quality⁴ per dollar of 4 plans that fit.")]
    [InlineData(ContentImportance.High, "the best quality⁸ per dollar of 4 plans that fit.")]
    [InlineData(ContentImportance.Critical, "the best expected quality of 4 plans that fit.")]
    public async Task Rationale_NamesTheObjectiveOfTheImportance(ContentImportance importance, string objective)
    {
        using var services = TestCatalog.Services();

        var recommendation = await services.Optimizer().OptimizeForContentAsync(
            OptimizerTestData.Script("social"), ContentType.Social, OptimizerTestData.AnyProfile(importance));

        Assert.Contains(objective, recommendation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rationale_IsTheSameInEveryCulture()
    {
        // A video route at 23.976 fps, the film rate, whose decimal separator a German culture would write as a comma.
        var routes = TestCatalog.Routes()
            .Select(route => route.Id == "video-lite" ? route with { FramesPerSecond = [23.976] } : route);
        using var services = TestCatalog.Services(catalog: new ProviderCatalog(routes));
        var optimizer = services.Optimizer();
        var constraints = OptimizerTestData.Only(QualityLevel.Economy) with { MaxCost = Money.FromUsd(1000.5m), Deadline = TestCatalog.Clock().GetUtcNow().AddHours(2.5) };
        var invariant = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, constraints);

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        QualityRecommendation german;
        try
        {
            german = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, constraints);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Contains("1 static scene on video-lite at 23.976 fps", german.Rationale, StringComparison.Ordinal);
        Assert.Equal(invariant.Rationale, german.Rationale);
    }
}
