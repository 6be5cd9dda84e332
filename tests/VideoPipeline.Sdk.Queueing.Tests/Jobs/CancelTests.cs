using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class CancelTests
{
    [Fact]
    public async Task Cancel_PendingJob_IsCancelledAtOnceAndItsHandlerNeverRuns()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var first = await host.Queue.EnqueueAsync("gated", "first");
        await gated.NextStartAsync();
        var waiting = await host.Queue.EnqueueAsync("gated", "fast-waiting");
        var after = await host.Queue.EnqueueAsync("gated", "fast-after");

        var cancelled = await host.Queue.CancelAsync(waiting);
        var snapshot = await host.Queue.GetAsync(waiting);
        gated.Release("first");
        await host.Queue.CompletedAsync(after);

        Assert.True(cancelled);
        Assert.Equal(JobState.Cancelled, snapshot!.State);
        Assert.Equal(0, snapshot.AttemptCount);
        Assert.Equal(typeof(OperationCanceledException).FullName, snapshot.Error!.ExceptionType);
        Assert.Equal(["first", "fast-after"], gated.Started);
        Assert.Equal(0, host.Queue.GetStatistics().Pending.Total);
    }

    [Fact]
    public async Task Cancel_RunningJob_HandlerSeesItsTokenCancelled_AndTheJobEndsCancelled()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var running = await host.Queue.EnqueueAsync("gated", "running");
        await gated.NextStartAsync();

        var cancelled = await host.Queue.CancelAsync(running);
        var done = await host.Queue.CompletedAsync(running);
        var next = await host.Queue.EnqueueAsync("gated", "fast-next");

        Assert.True(cancelled);
        Assert.Equal(["running"], gated.Cancelled);
        Assert.Equal(JobState.Cancelled, done.State);
        Assert.Equal(1, done.AttemptCount);
        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(next)).State);
        Assert.Equal(1, host.Queue.GetStatistics().TotalCancelled);
    }

    [Fact]
    public async Task Cancel_RunningJob_ReturnsWithoutRunningTheNextJobOnTheCallersThread()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var blocking = host.Services.GetRequiredService<SyncBlockingHandler>();
        var running = await host.Queue.EnqueueAsync("gated", "running");
        await gated.NextStartAsync();
        await host.Queue.EnqueueAsync("blocking", "next");

        try
        {
            var cancel = Task.Run(() => host.Queue.CancelAsync(running).AsTask());
            Assert.Equal("next", await blocking.NextStartAsync());

            Assert.True(await cancel.WaitAsync(QueueAssert.SafetyNet));
        }
        finally
        {
            blocking.Release();
        }
    }

    [Fact]
    public async Task Cancel_BlockedJob_CancelsItAndItsDependents()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var root = await host.Queue.EnqueueAsync("gated", "root");
        var blocked = await host.Queue.EnqueueAsync("gated", "fast-blocked", new JobOptions { DependsOn = [root] });
        var dependent = await host.Queue.EnqueueAsync("gated", "fast-dependent", new JobOptions { DependsOn = [blocked] });
        var anyway = await host.Queue.EnqueueAsync("gated", "fast-anyway", new JobOptions { DependsOn = [JobDependency.FromJobId(blocked).RunAnyway()] });

        Assert.True(await host.Queue.CancelAsync(blocked));
        var dependentSnapshot = await host.Queue.GetAsync(dependent);
        gated.Release("root");
        var anywayDone = await host.Queue.CompletedAsync(anyway);

        Assert.Equal(JobState.Cancelled, (await host.Queue.GetAsync(blocked))!.State);
        Assert.Equal(JobState.Cancelled, dependentSnapshot!.State);
        Assert.Contains(blocked.ToString(), dependentSnapshot.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(JobState.Succeeded, anywayDone.State);
        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(root)).State);
        Assert.DoesNotContain("fast-blocked", gated.Started);
        Assert.DoesNotContain("fast-dependent", gated.Started);
        Assert.Equal(0, host.Queue.GetStatistics().Blocked.Total);
    }

    [Fact]
    public async Task Cancel_FinalJob_ReturnsFalseAndKeepsItsState()
    {
        await using var host = await StartAsync();
        var done = await host.Queue.EnqueueAsync("gated", "fast-done");
        await host.Queue.CompletedAsync(done);

        var cancelled = await host.Queue.CancelAsync(done);

        Assert.False(cancelled);
        Assert.Equal(JobState.Succeeded, (await host.Queue.GetAsync(done))!.State);
        Assert.Equal(0, host.Queue.GetStatistics().TotalCancelled);
    }

    [Fact]
    public async Task Cancel_Twice_SecondCallReturnsFalse()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "first");
        await gated.NextStartAsync();
        var waiting = await host.Queue.EnqueueAsync("gated", "waiting");

        Assert.True(await host.Queue.CancelAsync(waiting));
        Assert.False(await host.Queue.CancelAsync(waiting));
        gated.ReleaseAll();
    }

    [Fact]
    public async Task Cancel_UnknownId_ThrowsKeyNotFound()
    {
        await using var host = await StartAsync();
        var unknown = new JobId(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => host.Queue.CancelAsync(unknown).AsTask());

        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_JobScheduledForRetry_IsCancelledAndNeverRetried()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, ScriptedHandler>("scripted"), time);
        var scripted = host.Services.GetRequiredService<ScriptedHandler>();
        scripted.Script = _ => throw new TimeoutException("slow provider");
        var id = await host.Queue.EnqueueAsync("scripted", "flaky");
        await host.Queue.ReachesAsync(id, JobState.Scheduled);

        Assert.True(await host.Queue.CancelAsync(id));
        time.Advance(TimeSpan.FromMinutes(10));

        var snapshot = await host.Queue.GetAsync(id);
        Assert.Equal(JobState.Cancelled, snapshot!.State);
        Assert.Equal(1, snapshot.AttemptCount);
        Assert.Single(scripted.Calls);
        Assert.Equal(0, host.Queue.GetStatistics().Scheduled.Total);
    }

    private static Task<QueueHost> StartAsync() => QueueHost.StartAsync(builder => builder
        .AddQueueing(options => options.MaxConcurrency = 1)
        .AddJobHandler<string, GatedHandler>("gated")
        .AddJobHandler<string, SyncBlockingHandler>("blocking"));
}
