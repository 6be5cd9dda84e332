using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class TimeoutTests
{
    [Fact]
    public async Task HangingHandler_IsTimedOutRetriedAndDeadLettered_WhileItsSlotRunsOtherJobs()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var hanging = host.Services.GetRequiredService<HangingHandler>();
        var hung = await host.Queue.EnqueueAsync("hanging", "hang", new JobOptions { Timeout = TimeSpan.FromSeconds(10) });
        var behind = await host.Queue.EnqueueAsync("hanging", "quick");
        await QueueAssert.EventuallyAsync(() => hanging.Calls.Count == 1, "the first attempt hangs");

        time.Advance(TimeSpan.FromSeconds(10));
        var afterFirstTimeout = await host.Queue.GetAsync(hung);
        var quick = await host.Queue.CompletedAsync(behind);
        time.Advance(TimeSpan.FromSeconds(1));
        await QueueAssert.EventuallyAsync(() => hanging.Calls.Count == 3, "the second attempt hangs");
        time.Advance(TimeSpan.FromSeconds(10));
        await host.Queue.ReachesAsync(hung, JobState.Scheduled, attemptCount: 2);
        time.Advance(TimeSpan.FromSeconds(2));
        await QueueAssert.EventuallyAsync(() => hanging.Calls.Count == 4, "the third attempt hangs");
        time.Advance(TimeSpan.FromSeconds(10));
        var done = await host.Queue.CompletedAsync(hung);

        Assert.Equal(JobState.Scheduled, afterFirstTimeout!.State);
        Assert.Equal(JobState.Succeeded, quick.State);
        Assert.Equal(JobState.DeadLettered, done.State);
        Assert.Equal(3, done.AttemptCount);
        Assert.Equal(typeof(TimeoutException).FullName, done.Error!.ExceptionType);
        Assert.Contains("00:00:10", done.Error.Message, StringComparison.Ordinal);
        Assert.All(done.Attempts, attempt => Assert.Equal(TimeSpan.FromSeconds(10), attempt.EndedAt - attempt.StartedAt));
        Assert.Equal(4, hanging.Calls.Count);
        Assert.Equal(0, host.Queue.GetStatistics().Running.Total);
    }

    [Fact]
    public async Task Timeout_HandlerThatHonoursItsToken_CountsAsATimeoutAndFreesItsSlotOnce()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var id = await host.Queue.EnqueueAsync("gated", "slow", new JobOptions { Timeout = TimeSpan.FromSeconds(5), MaxAttempts = 1 });
        await gated.NextStartAsync();

        time.Advance(TimeSpan.FromSeconds(5));
        var done = await host.Queue.CompletedAsync(id);
        await QueueAssert.EventuallyAsync(() => gated.Cancelled.Count == 1, "the handler saw its token cancelled");
        var first = await host.Queue.EnqueueAsync("gated", "first");
        var second = await host.Queue.EnqueueAsync("gated", "second");
        await gated.NextStartAsync();

        Assert.Equal(JobState.DeadLettered, done.State);
        Assert.Equal(typeof(TimeoutException).FullName, done.Error!.ExceptionType);
        Assert.Equal(1, host.Queue.GetStatistics().Running.Total);
        Assert.Equal(JobState.Pending, (await host.Queue.GetAsync(second))!.State);
        gated.ReleaseAll();
        await host.Queue.CompletedAsync(first);
        await host.Queue.CompletedAsync(second);
    }

    [Fact]
    public async Task DefaultJobTimeout_AppliesToJobsWithoutTheirOwn()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.DefaultJobTimeout = TimeSpan.FromSeconds(3));
        var id = await host.Queue.EnqueueAsync("hanging", "hang", new JobOptions { MaxAttempts = 1 });
        await host.Queue.ReachesAsync(id, JobState.Running);

        time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1));
        var before = await host.Queue.GetAsync(id);
        time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(JobState.Running, before!.State);
        Assert.Equal(JobState.DeadLettered, (await host.Queue.CompletedAsync(id)).State);
    }

    [Fact]
    public async Task Timeout_RightAfterTheJobWasHandedToTheThreadPool_IsHandledEveryTime()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MaxConcurrency = 4);
        var ids = new List<JobId>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("hanging", $"hang-{i}", new JobOptions { Timeout = TimeSpan.FromSeconds(1), MaxAttempts = 1 }));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        foreach (var id in ids)
        {
            Assert.Equal(JobState.DeadLettered, (await host.Queue.CompletedAsync(id)).State);
        }

        Assert.Equal(0, host.Queue.GetStatistics().Running.Total);
    }

    [Fact]
    public async Task TimeoutLongerThanATimerCanWait_RunsTheJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);

        var id = await host.Queue.EnqueueAsync("hanging", "quick", new JobOptions { Timeout = TimeSpan.FromDays(60) });

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(id)).State);
    }

    [Fact]
    public async Task TimeoutOfTimeSpanMaxValue_NeverTimesOut()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MaxConcurrency = 2);
        var forever = await host.Queue.EnqueueAsync("gated", "forever", new JobOptions { Timeout = TimeSpan.MaxValue, MaxAttempts = 1 });
        var brief = await host.Queue.EnqueueAsync("hanging", "hang-briefly", new JobOptions { Timeout = TimeSpan.FromSeconds(1), MaxAttempts = 1 });
        await host.Queue.ReachesAsync(forever, JobState.Running);

        time.Advance(TimeSpan.FromSeconds(1));
        await host.Queue.CompletedAsync(brief);

        Assert.Equal(JobState.Running, (await host.Queue.GetAsync(forever))!.State);
        host.Services.GetRequiredService<GatedHandler>().Release("forever");
        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(forever)).State);
    }

    private static Task<QueueHost> StartAsync(FakeTimeProvider time, Action<QueueOptions>? configure = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options =>
                {
                    options.MaxConcurrency = 1;
                    options.Retry.MaxAttempts = 3;
                    options.Retry.BaseDelay = TimeSpan.FromSeconds(1);
                    configure?.Invoke(options);
                })
                .AddJobHandler<string, HangingHandler>("hanging")
                .AddJobHandler<string, GatedHandler>("gated"),
            time);
}
