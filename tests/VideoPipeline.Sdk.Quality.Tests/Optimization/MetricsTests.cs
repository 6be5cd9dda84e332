using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The optimizer's decisions, plan costs and feedback as metrics on the Quality meter.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Decisions_CountChosenWithTheProfile_AndInfeasibleWithNone()
    {
        using var services = TestCatalog.Services();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var decisions = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Quality, VideoPipelineDiagnostics.QualityDecisions);
        using var planCost = new MetricCollector<double>(meterFactory, VideoPipelineDiagnostics.Quality, VideoPipelineDiagnostics.QualityPlanCost);
        var optimizer = services.Optimizer();

        var premium = await optimizer.OptimizeForContentAsync(OptimizerTestData.Script("news"), ContentType.News, OptimizerTestData.Only(QualityLevel.Premium));
        var economy = await optimizer.OptimizeForContentAsync(OptimizerTestData.Script("narrative"), ContentType.Unknown, OptimizerTestData.Only(QualityLevel.Economy));
        await optimizer.OptimizeForContentAsync(OptimizerTestData.Script("narrative"), ContentType.Marketing, new QualityConstraints { MinimumTier = QualityLevel.Ultra, MaxCost = Money.FromUsd(1m) });
        await optimizer.OptimizeForContentAsync("  ", ContentType.Social, OptimizerTestData.AnyProfile());

        Assert.Equal(
            [
                (1L, "news", "premium", "chosen"),
                (1L, "narrative", "economy", "chosen"),
                (1L, "marketing", "none", "infeasible"),
                (1L, "social", "none", "infeasible"),
            ],
            decisions.GetMeasurementSnapshot().Select(measurement => (
                measurement.Value,
                (string?)measurement.Tags[VideoPipelineDiagnostics.ContentTypeTag],
                (string?)measurement.Tags[VideoPipelineDiagnostics.QualityProfileTag],
                (string?)measurement.Tags[VideoPipelineDiagnostics.OutcomeTag])));
        Assert.Equal(
            [((double)premium.Estimate!.Expected.Usd, "news", "premium"), ((double)economy.Estimate!.Expected.Usd, "narrative", "economy")],
            planCost.GetMeasurementSnapshot().Select(measurement => (
                measurement.Value,
                (string?)measurement.Tags[VideoPipelineDiagnostics.ContentTypeTag],
                (string?)measurement.Tags[VideoPipelineDiagnostics.QualityProfileTag])));
    }

    [Fact]
    public async Task Feedback_CountsRecordedAndUnknownRuns_ByKind()
    {
        using var services = TestCatalog.Services();
        using var feedback = new MetricCollector<long>(
            services.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Quality, VideoPipelineDiagnostics.QualityFeedback);
        var optimizer = services.Optimizer();
        var runId = (await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.AnyProfile())).RunId!;

        await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(runId, 5));
        await optimizer.RecordFeedbackAsync(QualityFeedback.Published(runId));
        await optimizer.RecordFeedbackAsync(QualityFeedback.Downloaded(runId));
        await optimizer.RecordFeedbackAsync(QualityFeedback.Regenerated("unknown-run"));
        await optimizer.RecordFeedbackAsync(QualityFeedback.FromScore("unknown-run", 0.5));

        Assert.Equal(
            [
                (1L, "rating", "recorded"),
                (1L, "published", "recorded"),
                (1L, "downloaded", "recorded"),
                (1L, "regenerated", "unknown_run"),
                (1L, "rating", "unknown_run"),
            ],
            feedback.GetMeasurementSnapshot().Select(measurement => (
                measurement.Value,
                (string?)measurement.Tags[VideoPipelineDiagnostics.FeedbackKindTag],
                (string?)measurement.Tags[VideoPipelineDiagnostics.OutcomeTag])));
    }
}
