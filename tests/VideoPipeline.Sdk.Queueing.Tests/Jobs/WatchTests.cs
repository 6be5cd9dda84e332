using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class WatchTests
{
    [Fact]
    public async Task Watch_YieldsPendingRunningSucceededInOrder()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        await using var recorder = new StateChangeRecorder(host.Queue);

        var id = await host.Queue.EnqueueAsync("echo", "watched", new JobOptions { Priority = JobPriority.High });
        await host.Queue.CompletedAsync(id);
        await QueueAssert.EventuallyAsync(() => recorder.Of(id).Length == 3, "three changes arrived");

        var changes = recorder.Of(id);
        Assert.Equal([JobState.Pending, JobState.Running, JobState.Succeeded], changes.Select(change => change.State));
        Assert.Equal([null, JobState.Pending, JobState.Running], changes.Select(change => change.PreviousState));
        Assert.All(changes, change => Assert.Equal("echo", change.JobType));
        Assert.All(changes, change => Assert.Equal(JobPriority.High, change.Priority));
    }

    [Fact]
    public async Task Watch_ShowsADependentBlockedUntilItsDependencySucceeded()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, GatedHandler>("gated"));
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await using var recorder = new StateChangeRecorder(host.Queue);
        var first = await host.Queue.EnqueueAsync("gated", "first");
        var second = await host.Queue.EnqueueAsync("gated", "fast-second", new JobOptions { DependsOn = [first] });

        gated.Release("first");
        await host.Queue.CompletedAsync(second);
        await QueueAssert.EventuallyAsync(() => recorder.Of(second).Length == 4, "four changes arrived");

        Assert.Equal([JobState.Blocked, JobState.Pending, JobState.Running, JobState.Succeeded], recorder.Of(second).Select(change => change.State));
        var all = recorder.Changes.ToArray();
        var firstSucceeded = Array.FindIndex(all, change => change.JobId == first && change.State == JobState.Succeeded);
        var secondPending = Array.FindIndex(all, change => change.JobId == second && change.State == JobState.Pending);
        Assert.True(firstSucceeded < secondPending);
    }

    [Fact]
    public async Task Watch_EveryReaderSeesEveryChange()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        await using var one = new StateChangeRecorder(host.Queue);
        await using var two = new StateChangeRecorder(host.Queue);

        var id = await host.Queue.EnqueueAsync("echo", "x");
        await host.Queue.CompletedAsync(id);
        await QueueAssert.EventuallyAsync(() => one.Of(id).Length == 3 && two.Of(id).Length == 3, "both readers got three changes");

        Assert.Equal(one.Of(id), two.Of(id));
    }
}
