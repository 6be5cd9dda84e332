using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressConcurrencyTests
{
    [Fact]
    public async Task ConcurrentReports_FromManyTasks_KeepTheJobConsistent_AndTheStreamInOrder()
    {
        const int Workers = 8;
        const int Reports = 500;
        using var host = new ProgressHost(options => options.SubscriberBufferSize = 10_000);
        var job = host.Start("job", Step("render", "render"));
        var render = job.GetStep("render");
        var subSteps = Enumerable.Range(0, Workers).Select(i => render.AddSubStep(Step($"clip-{i}", "video-clip"))).ToArray();
        var stream = host.Tracker.WatchAsync("job");
        var versionBefore = job.GetProgress().Version;

        await Task.WhenAll(subSteps.Select((subStep, worker) => Task.Run(() =>
        {
            var random = new Random(worker);
            for (var i = 1; i <= Reports; i++)
            {
                subStep.Report(random.Next(3) == 0 ? random.NextDouble() : (double)i / Reports);
                subStep.AddCost(Money.FromUsd(0.001m));
            }

            subStep.Complete();
        })));
        render.Complete();

        var snapshots = new List<JobProgress>();
        await foreach (var snapshot in stream)
        {
            snapshots.Add(snapshot);
        }

        var final = job.GetProgress();
        Assert.Equal(ProgressStatus.Succeeded, final.Status);
        Assert.Equal(Money.FromUsd(Workers * Reports * 0.001m), final.Cost);
        Assert.Equal(versionBefore + (Workers * ((2 * Reports) + 1)) + 1, final.Version);
        Assert.Equal(final.Version, snapshots[^1].Version);
        for (var i = 1; i < snapshots.Count; i++)
        {
            Assert.True(snapshots[i].Version > snapshots[i - 1].Version);
            Assert.True(snapshots[i].Fraction >= snapshots[i - 1].Fraction);
        }
    }
}
