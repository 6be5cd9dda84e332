using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Storage.Internal;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Storage;

public sealed class RetentionTests
{
    [Fact]
    public async Task FinalJobsBeyondMaxRetainedJobs_AreRemovedOldestFirst_FreeingTheirIdempotencyKeys()
    {
        await using var host = await QueueHost.StartAsync(builder => builder
            .AddQueueing(options => options.MaxRetainedJobs = 2)
            .AddJobHandler<string, RecordingHandler>("echo"));
        var ids = new List<JobId>();
        for (var i = 0; i < 3; i++)
        {
            var id = await host.Queue.EnqueueAsync("echo", $"job-{i}", new JobOptions { IdempotencyKey = $"key-{i}" });
            await host.Queue.CompletedAsync(id);
            ids.Add(id);
        }

        var store = (InMemoryJobStore)host.Services.GetRequiredService<IJobStore>();
        await QueueAssert.EventuallyAsync(() => store.Count == 2, "the store keeps two final jobs");
        var again = await host.Queue.EnqueueAsync("echo", "job-0 again", new JobOptions { IdempotencyKey = "key-0" });

        Assert.Null(await host.Queue.GetAsync(ids[0]));
        Assert.NotNull(await host.Queue.GetAsync(ids[2]));
        Assert.NotEqual(ids[0], again);
    }

    [Fact]
    public async Task FinalJob_IsRemovedWhenItsLifetimeHasPassed_EvenWhenTheQueueIsIdle()
    {
        var time = new FakeTimeProvider();
        await using var host = await QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options => options.RetainedJobLifetime = TimeSpan.FromHours(1))
                .AddJobHandler<string, RecordingHandler>("echo"),
            time);
        var id = await host.Queue.EnqueueAsync("echo", "short-lived");
        await host.Queue.CompletedAsync(id);

        time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        var beforeLifetime = await host.Queue.GetAsync(id);
        time.Advance(TimeSpan.FromTicks(1));

        Assert.NotNull(beforeLifetime);
        Assert.Null(await host.Queue.GetAsync(id));
    }
}
