using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class EnqueueTests
{
    [Fact]
    public async Task Enqueue_ManyJobs_EverySucceedsWithItsResult()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        var ids = new List<JobId>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("echo", $"job-{i}"));
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var done = await host.Queue.WaitForCompletionAsync(id).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(JobState.Succeeded, done.State);
            Assert.Equal($"JOB-{i}", done.Output);
        }

        var statistics = host.Queue.GetStatistics();
        Assert.Equal(1000, statistics.TotalEnqueued);
        Assert.Equal(1000, statistics.TotalSucceeded);
        Assert.Equal(1000, host.Services.GetRequiredService<RecordingHandler>().Ran.Count);
    }

    [Fact]
    public async Task Enqueue_ReturnsAnIdWhoseSnapshotShowsStateAttemptsAndResult()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, GatedHandler>("gated"), time);
        var handler = host.Services.GetRequiredService<GatedHandler>();
        var options = new JobOptions { Priority = JobPriority.High };

        var id = await host.Queue.EnqueueAsync("gated", "clip", options);
        await handler.NextStartAsync();
        var running = await host.Queue.GetAsync(id);
        time.Advance(TimeSpan.FromSeconds(3));
        handler.Release("clip");
        var done = await host.Queue.CompletedAsync(id);
        var snapshot = await host.Queue.GetAsync(id);

        Assert.NotEqual(default, id);
        Assert.NotNull(running);
        Assert.Equal(JobState.Running, running.State);
        Assert.Equal(1, running.AttemptCount);
        Assert.Null(running.CompletedAt);
        Assert.NotNull(snapshot);
        Assert.Equal(id, snapshot.Id);
        Assert.Equal("gated", snapshot.JobType);
        Assert.Equal("clip", snapshot.Payload);
        Assert.Equal(JobPriority.High, snapshot.Priority);
        Assert.Equal(JobState.Succeeded, snapshot.State);
        Assert.Equal(1, snapshot.AttemptCount);
        Assert.Equal("clip", snapshot.Output);
        Assert.Null(snapshot.Error);
        Assert.Empty(snapshot.Attempts);
        Assert.Equal(time.Start, snapshot.EnqueuedAt);
        Assert.Equal(time.Start, snapshot.StartedAt);
        Assert.Equal(time.Start.AddSeconds(3), snapshot.CompletedAt);
        Assert.Equal(done.State, snapshot.State);
    }

    [Fact]
    public async Task Enqueue_BeforeTheHostStarts_RunsOnceItStarts()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"), start: false);

        var id = await host.Queue.EnqueueAsync("echo", "early");
        var beforeStart = await host.Queue.GetAsync(id);
        await host.StartHostedServicesAsync();
        var done = await host.Queue.CompletedAsync(id);

        Assert.Equal(JobState.Pending, beforeStart!.State);
        Assert.Equal("EARLY", done.Output);
        Assert.Single(host.Services.GetRequiredService<RecordingHandler>().Ran);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));

        var snapshot = await host.Queue.GetAsync(new JobId(Guid.NewGuid()));

        Assert.Null(snapshot);
    }

    [Fact]
    public async Task WaitForCompletion_UnknownId_ThrowsKeyNotFound()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        var unknown = new JobId(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => host.Queue.WaitForCompletionAsync(unknown).AsTask());

        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForCompletion_CancelledWait_ThrowsButTheJobGoesOn()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, GatedHandler>("gated"));
        var handler = host.Services.GetRequiredService<GatedHandler>();
        var id = await host.Queue.EnqueueAsync("gated", "slow");
        using var stopWaiting = new CancellationTokenSource();

        var waiting = host.Queue.WaitForCompletionAsync(id, stopWaiting.Token).AsTask();
        await stopWaiting.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        handler.Release("slow");
        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(id)).State);
    }

    [Fact]
    public async Task Enqueue_SameIdempotencyKey_ReturnsTheFirstJobAndRunsItsHandlerOnce()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        var options = new JobOptions { IdempotencyKey = "render:42" };

        var first = await host.Queue.EnqueueAsync("echo", "first", options);
        await host.Queue.CompletedAsync(first);
        var second = await host.Queue.EnqueueAsync("echo", "second", options);
        var third = await host.Queue.EnqueueAsync("echo", "third", new JobOptions { IdempotencyKey = "render:42", Priority = JobPriority.Urgent });

        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(["first"], host.Services.GetRequiredService<RecordingHandler>().Ran);
        Assert.Equal(1, host.Queue.GetStatistics().TotalEnqueued);
    }

    [Fact]
    public async Task Enqueue_SameIdempotencyKeyConcurrently_AddsOneJob()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        var options = new JobOptions { IdempotencyKey = "once" };

        var ids = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => host.Queue.EnqueueAsync("echo", $"p{i}", options).AsTask())));
        await host.Queue.CompletedAsync(ids[0]);

        Assert.Single(ids.Distinct());
        Assert.Single(host.Services.GetRequiredService<RecordingHandler>().Ran);
    }

    [Fact]
    public async Task EnqueueGraph_Compose_RunsAfterVideoAndAudioAndReadsTheirResults()
    {
        await using var host = await QueueHost.StartAsync(builder => builder
            .AddJobHandler<string, RecordingHandler>("echo")
            .AddJobHandler<string, ComposeHandler>("compose"));
        var graph = new JobGraph()
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video", "audio"] })
            .Add("video", "echo", "video")
            .Add("audio", "echo", "audio");

        var ids = await host.Queue.EnqueueGraphAsync(graph);

        var compose = await host.Queue.WaitForCompletionAsync(ids["compose"]).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Succeeded, compose.State);
        Assert.Equal("cut:VIDEO+AUDIO", compose.Output);
    }

    private sealed class ComposeHandler : IJobHandler<string>
    {
        public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
        {
            var parts = context.Dependencies.Select(dependency => (string)dependency.Output!);
            return ValueTask.FromResult<object?>($"{context.Payload}:{string.Join('+', parts)}");
        }
    }
}
