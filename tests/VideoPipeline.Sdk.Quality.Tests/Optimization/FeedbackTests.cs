using System.Text.Json;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>Feedback for a run moves what the optimizer expects of the run's content type and profile, and its decisions.</summary>
public sealed class FeedbackTests
{
    private const double PriorStrength = 10;

    [Fact]
    public async Task RecordFeedbackAsync_ForARunOfARecommendation_ReturnsTrue()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var recommendation = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Unknown, OptimizerTestData.AnyProfile());

        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(recommendation.RunId!, 4)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.FromScore(recommendation.RunId!, 0.8)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.Published(recommendation.RunId!)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.Downloaded(recommendation.RunId!)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.Regenerated(recommendation.RunId!)));
    }

    public static TheoryData<string, double, double> OneFeedback() => new()
    {
        // Kind, reward, weight: the belief's mean becomes (prior × 2 + weight × reward) / (2 + weight).
        { "five stars", 1, 1 },
        { "one star", 0, 1 },
        { "three stars", 0.5, 1 },
        { "score 0.8", 0.8, 1 },
        { "published", 1, 0.5 },
        { "downloaded", 1, 0.5 },
        { "regenerated", 0, 0.5 },
    };

    [Theory]
    [MemberData(nameof(OneFeedback))]
    public async Task OneFeedback_MovesTheExpectedQualityOfItsContentTypeAndLevel_ByItsValueAndWeight(string feedback, double reward, double weight)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("narrative");
        var run = await optimizer.OptimizeForContentAsync(script, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Standard));
        var prior = run.Alternative(QualityLevel.Standard).Estimate.Plan.QualityScore;
        Assert.Equal(prior, run.ExpectedQuality, 12);

        Assert.True(await optimizer.RecordFeedbackAsync(Create(feedback, run.RunId!)));

        var next = await optimizer.OptimizeForContentAsync(script, ContentType.Narrative, OptimizerTestData.AnyProfile());
        Assert.Equal(((prior * PriorStrength) + (weight * reward)) / (PriorStrength + weight), next.Alternative(QualityLevel.Standard).ExpectedQuality, 12);

        // Other levels, and the same level for another content type, are untouched.
        foreach (var other in new[] { QualityLevel.Economy, QualityLevel.Premium, QualityLevel.Ultra })
        {
            Assert.Equal(next.Alternative(other).Estimate.Plan.QualityScore, next.Alternative(other).ExpectedQuality, 12);
        }

        var otherType = await optimizer.OptimizeForContentAsync(script, ContentType.Marketing, OptimizerTestData.AnyProfile());
        Assert.Equal(prior, otherType.Alternative(QualityLevel.Standard).ExpectedQuality, 12);
    }

    [Fact]
    public async Task ManyFiveStarRatings_RaiseTheExpectedQuality_AndManyRegenerationsLowerIt()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script("social");
        var start = (await optimizer.OptimizeForContentAsync(script, ContentType.Social, OptimizerTestData.AnyProfile())).Alternative(QualityLevel.Premium).ExpectedQuality;

        var afterRatings = await RecordAsync(optimizer, script, 20, id => QualityFeedback.FromStars(id, 5));
        var afterRegenerations = await RecordAsync(optimizer, script, 100, QualityFeedback.Regenerated);

        // Each five-star rating adds an observation of 1 to the prior's PriorStrength observations of the start value.
        Assert.Equal(((start * PriorStrength) + 20) / (PriorStrength + 20), afterRatings, 10);
        Assert.True(afterRegenerations < start - 0.2, $"{start} → {afterRatings} → {afterRegenerations}");
    }

    [Fact]
    public async Task RecordFeedbackAsync_UnknownRun_ReturnsFalse_AndChangesNothing()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var run = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Unknown, OptimizerTestData.AnyProfile());
        await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(run.RunId!, 5));
        var before = optimizer.ExportState();

        Assert.False(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars("0190c3a4b5c6d7e8f9a0b1c2d3e4f5a6", 1)));
        Assert.False(await optimizer.RecordFeedbackAsync(QualityFeedback.Regenerated(run.RunId!.ToUpperInvariant())));

        Assert.Equal(before, optimizer.ExportState());
    }

    [Fact]
    public async Task RecordFeedbackAsync_ForAnInfeasibleRecommendation_HasNoRunToRate()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();

        var nothing = await optimizer.OptimizeForContentAsync(
            OptimizerTestData.Script("narrative"), ContentType.Narrative, new QualityConstraints { MinimumTier = QualityLevel.Ultra, MaxCost = Money.FromUsd(1m) });

        Assert.Null(nothing.RunId);
        Assert.Empty(RunIds(optimizer.ExportState()));
    }

    [Fact]
    public async Task MaxTrackedRunsTwo_ForgetsTheThirdNewestRun()
    {
        using var services = TestCatalog.Services(options => options.MaxTrackedRuns = 2);
        var optimizer = services.Optimizer();
        var runs = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            runs.Add((await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.AnyProfile())).RunId!);
        }

        Assert.Equal(runs[1..], RunIds(optimizer.ExportState()));
        Assert.False(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(runs[0], 5)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(runs[1], 5)));
        Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(runs[2], 5)));
    }

    [Fact]
    public async Task RatingsOutOfRange_ThrowFromTheFactories_AndNothingReachesTheOptimizer()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var runId = (await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.AnyProfile())).RunId!;
        var before = optimizer.ExportState();

        Assert.Equal("stars", Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromStars(runId, 6)).ParamName);
        Assert.Equal("stars", Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromStars(runId, 0)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromScore(runId, 1.5)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromScore(runId, double.NaN)).ParamName);

        Assert.Equal(before, optimizer.ExportState());
    }

    [Fact]
    public async Task PremiumRatedFiveStarsAndEconomyOneStar_ShiftNormalChoicesForMarketingTowardPremium()
    {
        const long Seed = 2;
        var script = OptimizerTestData.Script("marketing");
        using var untrainedServices = TestCatalog.Services(options => options.LearnerSeed = Seed);
        var untrained = await CountLevelsAsync(untrainedServices.Optimizer(), script);

        using var trainedServices = TestCatalog.Services(options => options.LearnerSeed = Seed);
        var trainedOptimizer = trainedServices.Optimizer();
        for (var round = 0; round < 20; round++)
        {
            var premium = await trainedOptimizer.OptimizeForContentAsync(script, ContentType.Marketing, OptimizerTestData.Only(QualityLevel.Premium));
            Assert.True(await trainedOptimizer.RecordFeedbackAsync(QualityFeedback.FromStars(premium.RunId!, 5)));
            var economy = await trainedOptimizer.OptimizeForContentAsync(script, ContentType.Marketing, OptimizerTestData.Only(QualityLevel.Economy));
            Assert.True(await trainedOptimizer.RecordFeedbackAsync(QualityFeedback.FromStars(economy.RunId!, 1)));
        }

        var trained = await CountLevelsAsync(trainedOptimizer, script);

        // Untrained, Normal importance mostly picks the cheap profiles (Economy and Standard for about 80% of the runs).
        Assert.True(trained[QualityLevel.Premium] >= 2 * untrained[QualityLevel.Premium], $"Premium: {untrained[QualityLevel.Premium]} → {trained[QualityLevel.Premium]}");
        Assert.True(trained[QualityLevel.Economy] * 10 <= untrained[QualityLevel.Economy], $"Economy: {untrained[QualityLevel.Economy]} → {trained[QualityLevel.Economy]}");
    }

    private static async Task<Dictionary<QualityLevel, int>> CountLevelsAsync(IQualityOptimizer optimizer, string script)
    {
        var counts = Enum.GetValues<QualityLevel>().ToDictionary(level => level, _ => 0);
        for (var call = 0; call < 200; call++)
        {
            counts[(await optimizer.OptimizeForContentAsync(script, ContentType.Marketing, OptimizerTestData.AnyProfile())).Level!.Value]++;
        }

        return counts;
    }

    /// <summary>Records feedback for <paramref name="count"/> Premium runs of social content; returns Premium's expected quality after.</summary>
    private static async Task<double> RecordAsync(IQualityOptimizer optimizer, string script, int count, Func<string, QualityFeedback> feedback)
    {
        for (var run = 0; run < count; run++)
        {
            var recommendation = await optimizer.OptimizeForContentAsync(script, ContentType.Social, OptimizerTestData.Only(QualityLevel.Premium));
            Assert.True(await optimizer.RecordFeedbackAsync(feedback(recommendation.RunId!)));
        }

        return (await optimizer.OptimizeForContentAsync(script, ContentType.Social, OptimizerTestData.AnyProfile())).Alternative(QualityLevel.Premium).ExpectedQuality;
    }

    private static QualityFeedback Create(string feedback, string runId) => feedback switch
    {
        "five stars" => QualityFeedback.FromStars(runId, 5),
        "one star" => QualityFeedback.FromStars(runId, 1),
        "three stars" => QualityFeedback.FromStars(runId, 3),
        "score 0.8" => QualityFeedback.FromScore(runId, 0.8),
        "published" => QualityFeedback.Published(runId),
        "downloaded" => QualityFeedback.Downloaded(runId),
        _ => QualityFeedback.Regenerated(runId),
    };

    private static List<string> RunIds(string state)
    {
        using var document = JsonDocument.Parse(state);
        return [.. document.RootElement.GetProperty("runs").EnumerateArray().Select(run => run.GetProperty("id").GetString()!)];
    }
}
