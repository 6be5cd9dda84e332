using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Storage.Internal;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Storage;

public sealed class InMemoryJobStoreTests
{
    [Fact]
    public async Task JobsLeftPendingAtStop_RunOnANewHostSharingTheStore_WithThatHostsHandlers()
    {
        var store = new InMemoryJobStore();
        JobId running, pending, blocked;
        await using (var first = await QueueHost.StartAsync(builder =>
        {
            builder.AddQueueing(options => options.MaxConcurrency = 1).AddJobHandler<string, GatedHandler>("work");
            builder.Services.AddSingleton<IJobStore>(store);
        }))
        {
            var gated = first.Services.GetRequiredService<GatedHandler>();
            running = await first.Queue.EnqueueAsync("work", "running");
            await gated.NextStartAsync();
            pending = await first.Queue.EnqueueAsync("work", "pending");
            blocked = await first.Queue.EnqueueAsync("work", "blocked", new JobOptions { DependsOn = [pending] });

            var stopping = first.StopAsync();
            gated.Release("running");
            await stopping.WaitAsync(QueueAssert.SafetyNet);
            Assert.Equal(["running"], gated.Started);
        }

        await using var second = await QueueHost.StartAsync(builder =>
        {
            builder.AddJobHandler<string, RecordingHandler>("work");
            builder.Services.AddSingleton<IJobStore>(store);
        });
        var pendingDone = await second.Queue.CompletedAsync(pending);
        var blockedDone = await second.Queue.CompletedAsync(blocked);

        Assert.Equal(JobState.Succeeded, (await second.Queue.GetAsync(running))!.State);
        Assert.Equal("PENDING", pendingDone.Output);
        Assert.Equal("BLOCKED", blockedDone.Output);
        Assert.Equal(["pending", "blocked"], second.Services.GetRequiredService<RecordingHandler>().Ran);
    }

    [Fact]
    public async Task JobCancelledAtShutdown_RunsAgainOnTheNextHost()
    {
        var store = new InMemoryJobStore();
        JobId id;
        await using (var first = await QueueHost.StartAsync(builder =>
        {
            builder.AddQueueing(options => options.ShutdownTimeout = TimeSpan.Zero).AddJobHandler<string, GatedHandler>("work");
            builder.Services.AddSingleton<IJobStore>(store);
        }))
        {
            id = await first.Queue.EnqueueAsync("work", "interrupted");
            await first.Services.GetRequiredService<GatedHandler>().NextStartAsync();
            await first.StopAsync();
        }

        await using var second = await QueueHost.StartAsync(builder =>
        {
            builder.AddJobHandler<string, RecordingHandler>("work");
            builder.Services.AddSingleton<IJobStore>(store);
        });
        var done = await second.Queue.CompletedAsync(id);

        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal("INTERRUPTED", done.Output);
        Assert.Equal(1, done.AttemptCount);
    }

    [Fact]
    public async Task StoredJobOfATypeTheNewHostHasNoHandlerFor_StopsTheStartNamingTheType()
    {
        var store = new InMemoryJobStore();
        await using (var first = await QueueHost.StartAsync(
            builder =>
            {
                builder.AddJobHandler<string, RecordingHandler>("retired");
                builder.Services.AddSingleton<IJobStore>(store);
            },
            start: false))
        {
            await first.Queue.EnqueueAsync("retired", "left over");
        }

        await using var second = await QueueHost.StartAsync(
            builder =>
            {
                builder.AddJobHandler<string, RecordingHandler>("work");
                builder.Services.AddSingleton<IJobStore>(store);
            },
            start: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(second.StartHostedServicesAsync);
        Assert.Contains("'retired'", error.Message, StringComparison.Ordinal);
    }
}
