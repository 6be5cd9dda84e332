using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Handlers;

public sealed class BatchTests
{
    private static readonly TimeSpan MaxBatchWait = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task FullBatch_RunsAsOneCallAtOnce_WithOneResultPerJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);

        var ids = await EnqueueAsync(host, "a", "b", "c", "d");
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.Equal(["a", "b", "c", "d"], Assert.Single(Batches(host)));
        Assert.Equal(["A", "B", "C", "D"], results.Select(result => result.Output));
        Assert.All(results, result => Assert.Equal(JobState.Succeeded, result.State));
    }

    [Fact]
    public async Task PartialBatch_WaitsInScheduled_AndRunsWhenMaxBatchWaitElapses()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);

        var ids = await EnqueueAsync(host, "a", "b", "c");
        time.Advance(MaxBatchWait - TimeSpan.FromTicks(1));
        var beforeDeadline = await host.Queue.GetAsync(ids[0]);
        var scheduled = host.Queue.GetStatistics().Scheduled.Medium;
        time.Advance(TimeSpan.FromTicks(1));
        await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.Equal(JobState.Scheduled, beforeDeadline!.State);
        Assert.Equal(3, scheduled);
        Assert.Equal(["a", "b", "c"], Assert.Single(Batches(host)));
    }

    [Fact]
    public async Task DifferentBatchKeys_AreNeverMixed()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var ids = new List<JobId>();

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("embed", $"x{i}", new JobOptions { BatchKey = "model-x" }));
            ids.Add(await host.Queue.EnqueueAsync("embed", $"y{i}", new JobOptions { BatchKey = "model-y" }));
        }

        await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        var batches = Batches(host).OrderBy(batch => batch[0], StringComparer.Ordinal).ToArray();
        Assert.Equal(2, batches.Length);
        Assert.Equal(["x0", "x1", "x2", "x3"], batches[0]);
        Assert.Equal(["y0", "y1", "y2", "y3"], batches[1]);
    }

    [Fact]
    public async Task OneFailedItem_FailsOnlyThatJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        host.Services.GetRequiredService<RecordingBatchHandler>().Results = items =>
            [.. items.Select(item => item.Payload == "bad" ? JobItemResult.Failure(new InvalidOperationException("unsafe prompt")) : JobItemResult.Success(item.Payload))];

        var ids = await EnqueueAsync(host, "a", "bad", "c", "d");
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.Equal([JobState.Succeeded, JobState.Failed, JobState.Succeeded, JobState.Succeeded], results.Select(result => result.State));
        Assert.Equal("unsafe prompt", results[1].Error!.Message);
        Assert.Equal("d", results[3].Output);
    }

    [Fact]
    public async Task OneTransientItemFailure_RetriesOnlyThatJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        host.Services.GetRequiredService<RecordingBatchHandler>().Results = items =>
            [.. items.Select(item => item.Payload == "flaky" && item.Attempt == 1 ? JobItemResult.Failure(new TimeoutException("slow")) : JobItemResult.Success(item.Payload))];

        var ids = await EnqueueAsync(host, "a", "flaky", "c", "d");
        await host.Queue.ReachesAsync(ids[1], JobState.Scheduled, attemptCount: 1);
        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(MaxBatchWait);
        var flaky = await host.Queue.CompletedAsync(ids[1]);

        Assert.Equal(JobState.Succeeded, flaky.State);
        Assert.Equal(2, flaky.AttemptCount);
        Assert.Equal([["a", "flaky", "c", "d"], ["flaky"]], Batches(host));
    }

    [Fact]
    public async Task WrongNumberOfResults_FailsEveryJobWithAMessage()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        host.Services.GetRequiredService<RecordingBatchHandler>().Results = _ => [JobItemResult.Success("only one")];

        var ids = await EnqueueAsync(host, "a", "b", "c", "d");
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.All(results, result => Assert.Equal(JobState.Failed, result.State));
        Assert.All(results, result => Assert.Contains("returned 1 results for 4 jobs", result.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchHandlerThatThrows_FailsEveryJobOfTheBatch()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        host.Services.GetRequiredService<RecordingBatchHandler>().Results = _ => throw new InvalidOperationException("model unloaded");

        var ids = await EnqueueAsync(host, "a", "b", "c", "d");
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.All(results, result => Assert.Equal("model unloaded", result.Error!.Message));
        Assert.Equal(4, host.Queue.GetStatistics().TotalFailed);
    }

    [Fact]
    public async Task UrgentJob_SendsItsBatchAtOnce()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);

        var ids = await EnqueueAsync(host, "a", "b");
        ids.Add(await host.Queue.EnqueueAsync("embed", "now", new JobOptions { Priority = JobPriority.Urgent }));
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.All(results, result => Assert.Equal(JobState.Succeeded, result.State));
        Assert.Equal(["a", "b", "now"], Assert.Single(Batches(host)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BatchWhoseMembersWereAllCancelled_PassesItsDeadlineAndLaterJobsStillBatch()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var cancelled = await host.Queue.EnqueueAsync("embed", "gone");
        Assert.True(await host.Queue.CancelAsync(cancelled));

        await Task.Run(() => time.Advance(MaxBatchWait)).WaitAsync(QueueAssert.SafetyNet);
        var ids = await EnqueueAsync(host, "a", "b");
        await Task.Run(() => time.Advance(MaxBatchWait)).WaitAsync(QueueAssert.SafetyNet);
        await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.Equal(JobState.Cancelled, (await host.Queue.GetAsync(cancelled))!.State);
        Assert.Equal(["a", "b"], Assert.Single(Batches(host)));
    }

    [Fact]
    public async Task ZeroMaxBatchWait_RunsEachJobAtOnce()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(
            builder => builder.AddBatchJobHandler<string, RecordingBatchHandler>("embed", options => options.MaxBatchWait = TimeSpan.Zero),
            time);

        var id = await Task.Run(() => host.Queue.EnqueueAsync("embed", "alone").AsTask()).WaitAsync(QueueAssert.SafetyNet);

        Assert.Equal("ALONE", (await host.Queue.CompletedAsync(id)).Output);
    }

    [Fact]
    public async Task BatchWhoseMembersTogetherExceedTheMemoryBudget_IsSplitSoEveryJobRuns()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MemoryBudgetMegabytes = 1000);
        var demand = new JobOptions { Demand = new JobResourceDemand { MemoryMegabytes = 400 } };
        var ids = new List<JobId>();

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("embed", $"m{i}", demand));
        }

        time.Advance(MaxBatchWait);
        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.All(results, result => Assert.Equal(JobState.Succeeded, result.State));
        Assert.All(Batches(host), batch => Assert.InRange(batch.Length * 400, 400, 1000));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("c")]
    public async Task Cancel_MemberOfABatchWaitingForASlot_RunsTheBatchWithoutIt(string cancelled)
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options => options.MaxConcurrency = 1)
                .AddJobHandler<string, GatedHandler>("gated")
                .AddBatchJobHandler<string, RecordingBatchHandler>("embed", options => options.MaxBatchSize = 4),
            time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        var ids = await EnqueueAsync(host, "a", "b", "c", "d");
        var byPayload = new Dictionary<string, JobId> { ["a"] = ids[0], ["b"] = ids[1], ["c"] = ids[2], ["d"] = ids[3] };

        Assert.True(await host.Queue.CancelAsync(byPayload[cancelled]));
        gated.Release("gate");
        var others = ids.Where(id => id != byPayload[cancelled]).ToArray();
        foreach (var id in others)
        {
            Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(id)).State);
        }

        Assert.Equal(JobState.Cancelled, (await host.Queue.GetAsync(byPayload[cancelled]))!.State);
        var batch = Assert.Single(Batches(host));
        Assert.DoesNotContain(cancelled, batch);
        Assert.Equal(3, batch.Length);
    }

    [Fact]
    public async Task Cancel_ItemOfARunningBatch_EndsItCancelledWhenTheBatchReturns_WithoutCancellingTheBatch()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(
            builder => builder.AddBatchJobHandler<string, GatedBatchHandler>("embed", options => options.MaxBatchSize = 2),
            time);
        var handler = host.Services.GetRequiredService<GatedBatchHandler>();
        var kept = await host.Queue.EnqueueAsync("embed", "kept");
        var dropped = await host.Queue.EnqueueAsync("embed", "dropped");
        await handler.Started.WaitAsync(QueueAssert.SafetyNet);

        Assert.True(await host.Queue.CancelAsync(dropped));
        handler.Release();

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(kept)).State);
        Assert.Equal(JobState.Cancelled, (await host.Queue.CompletedAsync(dropped)).State);
        Assert.False(handler.ItemTokenCancelled["kept"]);
        Assert.False(handler.ItemTokenCancelled["dropped"]);
    }

    private static string[][] Batches(QueueHost host) => [.. host.Services.GetRequiredService<RecordingBatchHandler>().Batches];

    private static async Task<List<JobId>> EnqueueAsync(QueueHost host, params string[] payloads)
    {
        var ids = new List<JobId>();
        foreach (var payload in payloads)
        {
            ids.Add(await host.Queue.EnqueueAsync("embed", payload));
        }

        return ids;
    }

    private static Task<QueueHost> StartAsync(FakeTimeProvider time, Action<QueueOptions>? configure = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options =>
                {
                    options.Retry.BaseDelay = TimeSpan.FromSeconds(1);
                    configure?.Invoke(options);
                })
                .AddBatchJobHandler<string, RecordingBatchHandler>("embed", options =>
                {
                    options.MaxBatchSize = 4;
                    options.MaxBatchWait = MaxBatchWait;
                }),
            time);
}
