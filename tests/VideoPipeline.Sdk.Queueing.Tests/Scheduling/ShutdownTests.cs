using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stop_WaitsForARunningJobToFinish()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, GatedHandler>("gated"));
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var id = await host.Queue.EnqueueAsync("gated", "finishing");
        await gated.NextStartAsync();

        var stopping = host.StopAsync();
        var stoppedEarly = stopping.IsCompleted;
        gated.Release("finishing");
        await stopping.WaitAsync(QueueAssert.SafetyNet);

        Assert.False(stoppedEarly);
        var snapshot = await host.Queue.GetAsync(id);
        Assert.Equal(JobState.Succeeded, snapshot!.State);
        Assert.Empty(gated.Cancelled);
    }

    [Fact]
    public async Task Enqueue_AfterStop_ThrowsInvalidOperation()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        await host.StopAsync();

        var single = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Queue.EnqueueAsync("echo", "late").AsTask());
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Queue.EnqueueGraphAsync(new JobGraph().Add("a", "echo", "late")).AsTask());

        Assert.Contains("shutting down", single.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Queue.GetStatistics().TotalEnqueued);
    }

    [Fact]
    public async Task Stop_RunningJobPastTheShutdownTimeout_IsCancelledAndPendingAgain()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5))
                .AddJobHandler<string, GatedHandler>("gated"),
            time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var id = await host.Queue.EnqueueAsync("gated", "stubborn");
        await gated.NextStartAsync();
        var waiter = host.Queue.WaitForCompletionAsync(id).AsTask();

        var stopping = host.StopAsync();
        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        var stoppedEarly = stopping.IsCompleted;
        time.Advance(TimeSpan.FromTicks(1));
        await stopping.WaitAsync(QueueAssert.SafetyNet);
        await QueueAssert.EventuallyAsync(() => gated.Cancelled.Count == 1, "the handler saw its token cancelled");

        Assert.False(stoppedEarly);
        var snapshot = await host.Queue.GetAsync(id);
        Assert.Equal(JobState.Pending, snapshot!.State);
        Assert.Equal(0, snapshot.AttemptCount);
        Assert.False(waiter.IsCompleted);
        var statistics = host.Queue.GetStatistics();
        Assert.Equal(0, statistics.Running.Total);
        Assert.Equal(1, statistics.Pending.Medium);
        Assert.Equal(0, statistics.TotalFailed + statistics.TotalCancelled);
    }

    [Fact]
    public async Task Stop_RightAfterEnqueueWithZeroShutdownTimeout_LeavesEveryJobPending()
    {
        for (var round = 0; round < 30; round++)
        {
            await using var host = await QueueHost.StartAsync(builder => builder
                .AddQueueing(options => options.ShutdownTimeout = TimeSpan.Zero)
                .AddJobHandler<string, GatedHandler>("gated"));
            var ids = new List<JobId>();
            for (var i = 0; i < 4; i++)
            {
                ids.Add(await host.Queue.EnqueueAsync("gated", $"job-{i}"));
            }

            await host.StopAsync();

            foreach (var id in ids)
            {
                var snapshot = await host.Queue.GetAsync(id);
                Assert.Equal(JobState.Pending, snapshot!.State);
                Assert.Equal(0, snapshot.AttemptCount);
            }
        }
    }
}
