using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class PriorityTests
{
    private static readonly JobOptions Low = new() { Priority = JobPriority.Low };
    private static readonly JobOptions High = new() { Priority = JobPriority.High };
    private static readonly JobOptions Urgent = new() { Priority = JobPriority.Urgent };

    [Fact]
    public async Task UrgentJobBehind100000LowJobs_IsTheNextToStart()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        for (var i = 0; i < 100_000; i++)
        {
            await host.Queue.EnqueueAsync("gated", $"fast-low-{i}", Low);
        }

        var urgent = await host.Queue.EnqueueAsync("gated", "fast-urgent", Urgent);
        var waiting = host.Queue.GetStatistics();
        gated.Release("gate");
        await host.Queue.CompletedAsync(urgent);

        Assert.Equal(100_000, waiting.Pending.Low);
        Assert.Equal(1, waiting.Pending.Urgent);
        Assert.Equal(["gate", "fast-urgent", "fast-low-0"], gated.Started.Take(3));
    }

    [Fact]
    public async Task HigherLane_GoesFirst_AndEachLaneIsFirstInFirstOut()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        await host.Queue.EnqueueAsync("gated", "fast-low-1", Low);
        await host.Queue.EnqueueAsync("gated", "fast-medium-1");
        await host.Queue.EnqueueAsync("gated", "fast-high-1", High);
        await host.Queue.EnqueueAsync("gated", "fast-medium-2");
        var last = await host.Queue.EnqueueAsync("gated", "fast-low-2", Low);
        await host.Queue.EnqueueAsync("gated", "fast-urgent-1", Urgent);

        gated.Release("gate");
        await host.Queue.CompletedAsync(last);

        Assert.Equal(["gate", "fast-urgent-1", "fast-high-1", "fast-medium-1", "fast-medium-2", "fast-low-1", "fast-low-2"], gated.Started);
    }

    [Fact]
    public async Task AgedLowJob_CompetesAsHighAndBeatsANewerHighJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        await host.Queue.EnqueueAsync("gated", "fast-old-low", Low);

        time.Advance(TimeSpan.FromSeconds(2));
        var high = await host.Queue.EnqueueAsync("gated", "fast-new-high", High);
        gated.Release("gate");
        await host.Queue.CompletedAsync(high);

        Assert.Equal(["gate", "fast-old-low", "fast-new-high"], gated.Started);
    }

    [Fact]
    public async Task LowJobThatHasNotAgedEnough_StillWaitsBehindAHighJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        var low = await host.Queue.EnqueueAsync("gated", "fast-low", Low);

        time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        await host.Queue.EnqueueAsync("gated", "fast-high", High);
        gated.Release("gate");
        await host.Queue.CompletedAsync(low);

        Assert.Equal(["gate", "fast-high", "fast-low"], gated.Started);
    }

    [Fact]
    public async Task AgedJob_NeverOvertakesAnUrgentJob()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "gate");
        await gated.NextStartAsync();
        var low = await host.Queue.EnqueueAsync("gated", "fast-ancient-low", Low);

        time.Advance(TimeSpan.FromMinutes(1));
        await host.Queue.EnqueueAsync("gated", "fast-urgent", Urgent);
        gated.Release("gate");
        await host.Queue.CompletedAsync(low);

        Assert.Equal(["gate", "fast-urgent", "fast-ancient-low"], gated.Started);
    }

    private static Task<QueueHost> StartAsync(TimeProvider? time = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options =>
                {
                    options.MaxConcurrency = 1;
                    options.AgeingInterval = TimeSpan.FromSeconds(1);
                })
                .AddJobHandler<string, GatedHandler>("gated"),
            time);
}
