using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The audience adjusts each profile: at most 1080p for social feeds, a better speech route for business and
/// education.</summary>
public sealed class AudienceTests
{
    [Theory]
    [MemberData(nameof(OptimizerTestData.ScriptNames), MemberType = typeof(OptimizerTestData))]
    public async Task Social_NeverPlansAbove1080p(string name)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script(name);

        foreach (var importance in Enum.GetValues<ContentImportance>())
        {
            var recommendation = await optimizer.OptimizeForContentAsync(
                script, ContentType.Unknown, new QualityConstraints { MaxCost = Money.FromUsd(1000m), Importance = importance, Audience = TargetAudience.Social });

            Assert.All(recommendation.Alternatives, alternative =>
            {
                Assert.True(alternative.Estimate.Plan.Profile.TargetResolution <= 1080);
                Assert.All(alternative.Estimate.Plan.Steps, step => Assert.True(step.Resolution is null or <= 1080, $"{alternative.Level}: {step} at {step.Resolution}p."));
            });
        }
    }

    [Fact]
    public async Task General_PlansUltraAt2160p_WhichSocialDoesNot()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("news");

        var general = await optimizer.OptimizeForContentAsync(script, ContentType.News, OptimizerTestData.Only(QualityLevel.Ultra));
        var social = await optimizer.OptimizeForContentAsync(
            script, ContentType.News, OptimizerTestData.Only(QualityLevel.Ultra) with { Audience = TargetAudience.Social });

        Assert.Contains(general.Plan!.Steps, step => step.Resolution == 2160);
        Assert.DoesNotContain(social.Plan!.Steps, step => step.Resolution > 1080);
        Assert.True(social.Estimate!.Expected < general.Estimate!.Expected);
    }

    [Theory]
    [InlineData(TargetAudience.Business)]
    [InlineData(TargetAudience.Education)]
    public async Task BusinessAndEducation_GetASpeechRouteOneTierBetterThanGeneral_ForTheSameLevel(TargetAudience audience)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("corporate");
        var constraints = new QualityConstraints { MaxCost = Money.FromUsd(1000m) };

        var general = await optimizer.OptimizeForContentAsync(script, ContentType.Corporate, constraints);
        var clearer = await optimizer.OptimizeForContentAsync(script, ContentType.Corporate, constraints with { Audience = audience });

        foreach (var level in Enum.GetValues<QualityLevel>())
        {
            var generalTier = SpeechTier(general.Alternative(level).Estimate.Plan);
            var expected = generalTier == RouteTier.Flagship ? RouteTier.Flagship : generalTier + 1;
            Assert.Equal(expected, SpeechTier(clearer.Alternative(level).Estimate.Plan));
        }

        Assert.Equal(RouteTier.Lite, SpeechTier(general.Alternative(QualityLevel.Economy).Estimate.Plan));
    }

    private static RouteTier SpeechTier(ProductionPlan plan) =>
        plan.Steps.Where(step => step.Kind == MediaKind.Speech).Select(step => step.Route.Tier).Distinct().Single();
}
