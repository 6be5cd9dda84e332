using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressWatchTests
{
    [Fact]
    public async Task WatchAsync_LateSubscriber_FirstGetsTheCurrentState()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        job.GetStep("a").Report(0.5);
        var current = job.GetProgress();

        await using var stream = host.Tracker.WatchAsync("job").GetAsyncEnumerator();

        Assert.True(await stream.MoveNextAsync());
        Assert.Equal(current.Version, stream.Current.Version);
        Assert.Equal(0.25, stream.Current.Fraction, 10);
    }

    [Fact]
    public async Task WatchAsync_SeesEveryChangeAndTheCompletion_ThenTheStreamEnds()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        var stream = host.Tracker.WatchAsync("job");
        var step = job.GetStep("a");

        step.Report(0.3);
        step.AddCost(Money.FromUsd(1));
        step.Complete();

        var snapshots = await ToListAsync(stream);
        Assert.Equal(new[] { 0, 0.3, 0.3, 1 }, snapshots.Select(snapshot => snapshot.Fraction));
        Assert.Equal(ProgressStatus.Succeeded, snapshots[^1].Status);
        Assert.Equal(Money.FromUsd(1), snapshots[^1].Cost);
        Assert.Equal(snapshots.Select(snapshot => snapshot.Version).Order(), snapshots.Select(snapshot => snapshot.Version));
    }

    [Fact]
    public async Task WatchAsync_WhenTheJobFails_EndsWithTheError()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        var stream = host.Tracker.WatchAsync("job");

        job.GetStep("a").Fail(new TimeoutException("Slow."));

        var last = (await ToListAsync(stream))[^1];
        Assert.Equal(ProgressStatus.Failed, last.Status);
        Assert.NotNull(last.Error);
    }

    [Fact]
    public async Task WatchAsync_OnAFinishedJob_YieldsTheFinalStateAndEnds()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        job.GetStep("a").Complete();

        var snapshots = await ToListAsync(host.Tracker.WatchAsync("job"));

        var only = Assert.Single(snapshots);
        Assert.Equal(ProgressStatus.Succeeded, only.Status);
    }

    [Fact]
    public async Task WatchAsync_SlowSubscriber_LosesTheOldestButNeverTheFinalSnapshot()
    {
        using var host = new ProgressHost(options => options.SubscriberBufferSize = 2);
        var job = host.Start("job", Step("a"));
        var stream = host.Tracker.WatchAsync("job");
        var step = job.GetStep("a");
        for (var i = 1; i <= 10; i++)
        {
            step.Report(i / 20.0);
        }

        step.Complete();

        var snapshots = await ToListAsync(stream);
        Assert.Equal(2, snapshots.Count);
        Assert.Equal(ProgressStatus.Succeeded, snapshots[^1].Status);
    }

    [Fact]
    public async Task WatchAsync_WhenCancelled_EndsTheStream()
    {
        using var host = new ProgressHost();
        host.Start("job", Step("a"));
        using var cancellation = new CancellationTokenSource();
        await using var stream = host.Tracker.WatchAsync("job", cancellation.Token).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync());

        var next = stream.MoveNextAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await next);
    }

    private static async Task<List<JobProgress>> ToListAsync(IAsyncEnumerable<JobProgress> stream)
    {
        var list = new List<JobProgress>();
        await foreach (var snapshot in stream)
        {
            list.Add(snapshot);
        }

        return list;
    }
}
