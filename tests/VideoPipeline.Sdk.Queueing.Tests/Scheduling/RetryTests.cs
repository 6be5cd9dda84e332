using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class RetryTests
{
    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    [Fact]
    public async Task TransientError_IsRetriedAfterAJitteredBackoffThatDoublesUpToTheMaximum()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options =>
        {
            options.Retry.MaxAttempts = 4;
            options.Retry.BaseDelay = TimeSpan.FromSeconds(10);
            options.Retry.MaxDelay = TimeSpan.FromSeconds(25);
        });
        Scripted(host).Script = _ => throw new GenerationProviderException(GenerationErrorKind.Transient, "x");

        var id = await host.Queue.EnqueueAsync("scripted", "flaky");
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 1);

        await AssertNextRetryWithinAsync(host, time, id, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), attemptsSoFar: 1);
        await AssertNextRetryWithinAsync(host, time, id, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), attemptsSoFar: 2);
        await AssertNextRetryWithinAsync(host, time, id, TimeSpan.FromSeconds(12.5), TimeSpan.FromSeconds(25), attemptsSoFar: 3);
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.DeadLettered, done.State);
        Assert.Equal(4, done.AttemptCount);
    }

    [Fact]
    public async Task RateLimitedWithRetryAfter_WaitsAtLeastTheHint()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.BaseDelay = TimeSpan.FromSeconds(1));
        Scripted(host).Script = context => context.Attempt == 1
            ? throw new GenerationProviderException(GenerationErrorKind.RateLimited, "x") { RetryAfter = TimeSpan.FromSeconds(20) }
            : "ok";

        var id = await host.Queue.EnqueueAsync("scripted", "throttled");
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromSeconds(20) - OneTick);
        var beforeHint = await host.Queue.GetAsync(id);
        time.Advance(OneTick);
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.Scheduled, beforeHint!.State);
        Assert.Equal(1, beforeHint.AttemptCount);
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal(2, done.AttemptCount);
        Assert.Equal("ok", done.Output);
        Assert.Equal(TimeSpan.FromSeconds(20), done.Attempts[1].StartedAt - done.Attempts[0].EndedAt);
    }

    [Fact]
    public async Task RetryAfterLongerThanMaxDelay_IsCappedAtMaxDelay()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(30));
        Scripted(host).Script = context => context.Attempt == 1
            ? throw new GenerationProviderException(GenerationErrorKind.RateLimited, "x") { RetryAfter = TimeSpan.FromHours(1) }
            : "ok";

        var id = await host.Queue.EnqueueAsync("scripted", "throttled");
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(id)).State);
    }

    [Fact]
    public async Task EveryAttemptTransient_DeadLettersAfterMaxAttemptsWithTheHistoryOfEachAttempt()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options =>
        {
            options.Retry.MaxAttempts = 3;
            options.Retry.BaseDelay = TimeSpan.FromSeconds(1);
        });
        Scripted(host).Script = context => throw new GenerationProviderException(GenerationErrorKind.Transient, $"overloaded {context.Attempt}");

        var id = await host.Queue.EnqueueAsync("scripted", "doomed");
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromSeconds(1));
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 2);
        time.Advance(TimeSpan.FromSeconds(2));
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.DeadLettered, done.State);
        Assert.Equal(3, done.AttemptCount);
        Assert.Equal([1, 2, 3], done.Attempts.Select(attempt => attempt.Number));
        Assert.All(done.Attempts, attempt => Assert.Equal(typeof(GenerationProviderException).FullName, attempt.Error!.ExceptionType));
        Assert.Equal(["overloaded 1", "overloaded 2", "overloaded 3"], done.Attempts.Select(attempt => attempt.Error!.Message));
        Assert.Equal("overloaded 3", done.Error!.Message);
        var statistics = host.Queue.GetStatistics();
        Assert.Equal(1, statistics.TotalDeadLettered);
        Assert.Equal(2, statistics.TotalRetries);
        Assert.Equal(0, statistics.TotalFailed);
    }

    [Fact]
    public async Task NonTransientError_FailsAfterOneAttempt()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        Scripted(host).Script = _ => throw new InvalidOperationException("bad prompt");

        var id = await host.Queue.EnqueueAsync("scripted", "bad");
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.Failed, done.State);
        Assert.Equal(1, done.AttemptCount);
        Assert.Equal(new JobError(typeof(InvalidOperationException).FullName!, "bad prompt"), done.Error);
        Assert.Equal(new JobError(typeof(InvalidOperationException).FullName!, "bad prompt"), Assert.Single(done.Attempts).Error);
        Assert.Equal(0, host.Queue.GetStatistics().TotalRetries);
    }

    [Fact]
    public async Task JobMaxAttempts_OverridesTheQueueDefault()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.MaxAttempts = 10);
        Scripted(host).Script = _ => throw new TimeoutException("slow");

        var id = await host.Queue.EnqueueAsync("scripted", "limited", new JobOptions { MaxAttempts = 2 });
        await host.Queue.ReachesAsync(id, JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromMinutes(5));
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.DeadLettered, done.State);
        Assert.Equal(2, done.AttemptCount);
        Assert.Equal(typeof(TimeoutException).FullName, done.Error!.ExceptionType);
    }

    [Fact]
    public async Task CustomTransientFilter_DecidesWhatIsRetried()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.IsTransient = error => error is InvalidOperationException);
        Scripted(host).Script = context => (context.Payload, context.Attempt) switch
        {
            ("custom", 1) => throw new InvalidOperationException("retry me"),
            ("timeout", _) => throw new TimeoutException("not for this filter"),
            _ => "ok",
        };

        var custom = await host.Queue.EnqueueAsync("scripted", "custom");
        var timeout = await host.Queue.EnqueueAsync("scripted", "timeout");
        await host.Queue.ReachesAsync(custom, JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(custom)).State);
        Assert.Equal(JobState.Failed, (await host.Queue.CompletedAsync(timeout)).State);
    }

    [Fact]
    public async Task TransientFilterThatThrows_FailsTheJobInsteadOfRetrying()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.IsTransient = _ => throw new NotSupportedException("filter bug"));
        Scripted(host).Script = _ => throw new TimeoutException("slow");

        var done = await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("scripted", "x"));

        Assert.Equal(JobState.Failed, done.State);
        Assert.Equal(typeof(TimeoutException).FullName, done.Error!.ExceptionType);
    }

    [Fact]
    public async Task RetriedJob_KeepsItsPriority_AndGoesBeforeLowerLanesWhenDue()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MaxConcurrency = 1);
        Scripted(host).Script = context => context.Payload == "urgent" && context.Attempt == 1 ? throw new TimeoutException("x") : context.Payload;
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await using var recorder = new StateChangeRecorder(host.Queue);
        var urgent = await host.Queue.EnqueueAsync("scripted", "urgent", new JobOptions { Priority = JobPriority.Urgent });
        await host.Queue.ReachesAsync(urgent, JobState.Scheduled, attemptCount: 1);
        var whileScheduled = host.Queue.GetStatistics();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        var lows = new List<JobId>();
        for (var i = 0; i < 3; i++)
        {
            lows.Add(await host.Queue.EnqueueAsync("scripted", $"low-{i}", new JobOptions { Priority = JobPriority.Low }));
        }

        time.Advance(TimeSpan.FromMinutes(5));
        var whileDue = host.Queue.GetStatistics();
        gated.Release("gate");
        await host.Queue.CompletedAsync(urgent);
        foreach (var low in lows)
        {
            await host.Queue.CompletedAsync(low);
        }

        Assert.Equal(1, whileScheduled.Scheduled.Urgent);
        Assert.Equal(1, whileDue.Pending.Urgent);
        Assert.Equal(3, whileDue.Pending.Low);
        Assert.Equal(JobPriority.Urgent, (await host.Queue.GetAsync(urgent))!.Priority);
        var order = recorder.RunningOrder;
        Assert.Equal([urgent, .. lows], order[^4..]);
    }

    [Fact]
    public async Task ZeroBaseDelay_RetriesAtOnce()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.BaseDelay = TimeSpan.Zero);
        Scripted(host).Script = context => context.Attempt < 3 ? throw new TimeoutException("x") : "third time lucky";

        var done = await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("scripted", "eager"));

        Assert.Equal("third time lucky", done.Output);
        Assert.Equal(3, done.AttemptCount);
    }

    private static async Task AssertNextRetryWithinAsync(QueueHost host, FakeTimeProvider time, JobId id, TimeSpan shortest, TimeSpan longest, int attemptsSoFar)
    {
        time.Advance(shortest - OneTick);
        var beforeWindow = await host.Queue.GetAsync(id);
        Assert.Equal(JobState.Scheduled, beforeWindow!.State);
        Assert.Equal(attemptsSoFar, beforeWindow.AttemptCount);

        time.Advance(longest - shortest + OneTick);
        var afterWindow = await host.Queue.GetAsync(id);
        Assert.Equal(attemptsSoFar + 1, afterWindow!.AttemptCount);
        await host.Queue.ReachesAsync(id, snapshot => snapshot.Attempts.Count == attemptsSoFar + 1, $"{attemptsSoFar + 1} failed attempts");
    }

    private static ScriptedHandler Scripted(QueueHost host) => host.Services.GetRequiredService<ScriptedHandler>();

    private static Task<QueueHost> StartAsync(FakeTimeProvider time, Action<QueueOptions>? configure = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options => configure?.Invoke(options))
                .AddJobHandler<string, ScriptedHandler>("scripted")
                .AddJobHandler<string, GatedHandler>("gated"),
            time);
}
