using System.Collections.Concurrent;
using System.Text.Json;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>One optimizer used from many threads at once.</summary>
public sealed class ConcurrencyTests
{
    private const int Workers = 8;
    private const int CallsPerWorker = 200;

    [Fact]
    public async Task ParallelOptimizeAndFeedback_ThrowNothing_GiveUniqueRunIds_AndLoseNoFeedback()
    {
        using var services = TestCatalog.Services(options => options.LearnerSeed = 3);
        var optimizer = services.Optimizer();
        var scripts = new[] { OptimizerTestData.TwoSceneScreenplay, OptimizerTestData.Script("social"), OptimizerTestData.Script("marketing") };
        var runIds = new ConcurrentBag<string>();
        using var start = new Barrier(Workers);

        var weights = await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Factory.StartNew(
            async () =>
            {
                start.SignalAndWait();
                var random = new Random(worker);
                var weight = 0.0;
                for (var call = 0; call < CallsPerWorker; call++)
                {
                    var constraints = new QualityConstraints
                    {
                        MaxCost = Money.FromUsd(random.Next(4, 200)),
                        Importance = (ContentImportance)random.Next(4),
                        Audience = (TargetAudience)random.Next(4),
                    };
                    var recommendation = await optimizer.OptimizeForContentAsync(scripts[random.Next(scripts.Length)], ContentType.Unknown, constraints);
                    Assert.True(recommendation.IsFeasible, recommendation.Rationale);
                    Assert.True(recommendation.Estimate!.Maximum <= constraints.MaxCost);
                    runIds.Add(recommendation.RunId!);
                    var feedback = random.Next(3) == 0 ? QualityFeedback.Regenerated(recommendation.RunId!) : QualityFeedback.FromStars(recommendation.RunId!, random.Next(1, 6));
                    Assert.True(await optimizer.RecordFeedbackAsync(feedback));
                    weight += feedback.Weight;
                    if (call % 50 == 0)
                    {
                        using var _ = JsonDocument.Parse(optimizer.ExportState());
                    }
                }

                return weight;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()));

        Assert.Equal(Workers * CallsPerWorker, runIds.Count);
        Assert.Equal(runIds.Count, runIds.Distinct(StringComparer.Ordinal).Count());

        // Every run is tracked and every piece of feedback was learned: the arms' sums add up to the weights given.
        var state = optimizer.ExportState();
        using var document = JsonDocument.Parse(state);
        Assert.Equal(runIds.Order(StringComparer.Ordinal), document.RootElement.GetProperty("runs").EnumerateArray().Select(run => run.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var learned = document.RootElement.GetProperty("learner").GetProperty("arms").EnumerateArray()
            .Sum(arm => arm.GetProperty("positive").GetDouble() + arm.GetProperty("negative").GetDouble());
        Assert.Equal(weights.Sum(), learned, 9);

        using var freshServices = TestCatalog.Services();
        var fresh = freshServices.Optimizer();
        fresh.ImportState(state);
        Assert.Equal(state, fresh.ExportState());
    }
}
