using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Statistics;

public sealed class QueueStatisticsTests
{
    [Fact]
    public async Task GetStatistics_WhileJobsWait_CountsEachStateInItsLane()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MaxConcurrency = 1);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        host.Services.GetRequiredService<ScriptedHandler>().Script = context => context.Attempt == 1 ? throw new TimeoutException("x") : "ok";
        var flaky = await host.Queue.EnqueueAsync("scripted", "flaky", new JobOptions { Priority = JobPriority.Urgent });
        await host.Queue.ReachesAsync(flaky, JobState.Scheduled);
        var gate = await host.Queue.EnqueueAsync("gated", "gate", new JobOptions { Priority = JobPriority.High });
        await gated.NextStartAsync();
        var low = new JobOptions { Priority = JobPriority.Low };
        await host.Queue.EnqueueAsync("gated", "fast-1", low);
        await host.Queue.EnqueueAsync("gated", "fast-2", low);
        await host.Queue.EnqueueAsync("gated", "fast-3");
        await host.Queue.EnqueueAsync("gated", "fast-4", new JobOptions { Priority = JobPriority.Low, DependsOn = [gate] });

        var statistics = host.Queue.GetStatistics();
        gated.ReleaseAll();
        time.Advance(TimeSpan.FromMinutes(5));
        await host.Queue.CompletedAsync(flaky);

        Assert.Equal(new JobCountsByPriority { High = 1 }, statistics.Running);
        Assert.Equal(new JobCountsByPriority { Low = 2, Medium = 1 }, statistics.Pending);
        Assert.Equal(new JobCountsByPriority { Low = 1 }, statistics.Blocked);
        Assert.Equal(new JobCountsByPriority { Urgent = 1 }, statistics.Scheduled);
        Assert.Equal(6, statistics.TotalEnqueued);
        Assert.Equal(1, statistics.TotalRetries);
        Assert.Equal(2, statistics.Pending[JobPriority.Low]);
    }

    [Fact]
    public async Task GetStatistics_CountsOutcomesAndRates()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.Retry.MaxAttempts = 2);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        host.Services.GetRequiredService<ScriptedHandler>().Script = context => context.Payload switch
        {
            "fails" => throw new InvalidOperationException("bad"),
            "dead" => throw new TimeoutException("slow"),
            _ => context.Payload,
        };
        var succeeds = await host.Queue.EnqueueAsync("scripted", "succeeds");
        var fails = await host.Queue.EnqueueAsync("scripted", "fails");
        var dead = await host.Queue.EnqueueAsync("scripted", "dead");
        var gate = await host.Queue.EnqueueAsync("gated", "gate");
        var cancelled = await host.Queue.EnqueueAsync("gated", "fast-cancelled", new JobOptions { DependsOn = [gate] });
        await host.Queue.CancelAsync(cancelled);
        gated.Release("gate");
        await host.Queue.ReachesAsync(dead, JobState.Scheduled);
        time.Advance(TimeSpan.FromSeconds(1));
        foreach (var id in new[] { succeeds, fails, dead, gate, cancelled })
        {
            await host.Queue.CompletedAsync(id);
        }

        var statistics = host.Queue.GetStatistics();

        Assert.Equal(5, statistics.TotalEnqueued);
        Assert.Equal(2, statistics.TotalSucceeded);
        Assert.Equal(1, statistics.TotalFailed);
        Assert.Equal(1, statistics.TotalDeadLettered);
        Assert.Equal(1, statistics.TotalCancelled);
        Assert.Equal(1, statistics.TotalRetries);
        Assert.Equal(0.4, statistics.SuccessRate, 6);
        Assert.Equal(0.2, statistics.RetryRate, 6);
        Assert.True(statistics.Throughput > 0);
        Assert.Equal(0, statistics.Pending.Total + statistics.Running.Total + statistics.Blocked.Total + statistics.Scheduled.Total);
    }

    [Fact]
    public async Task GetStatistics_BeforeAnyJob_ReportsFullSuccessAndNoRetries()
    {
        await using var host = await StartAsync(new FakeTimeProvider());

        var statistics = host.Queue.GetStatistics();

        Assert.Equal(1, statistics.SuccessRate);
        Assert.Equal(0, statistics.RetryRate);
        Assert.Equal(0, statistics.WaitTime.Count);
        Assert.Equal(1, statistics.BudgetCount);
    }

    [Fact]
    public async Task WaitAndRunTimes_AreMeasuredOnTheQueuesClock()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.MaxConcurrency = 1);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var first = await host.Queue.EnqueueAsync("gated", "first");
        await gated.NextStartAsync();
        var second = await host.Queue.EnqueueAsync("gated", "fast-second");

        time.Advance(TimeSpan.FromSeconds(2));
        gated.Release("first");
        await host.Queue.CompletedAsync(first);
        await host.Queue.CompletedAsync(second);
        var statistics = host.Queue.GetStatistics();

        Assert.Equal(2, statistics.WaitTime.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), statistics.WaitTime.Max);
        Assert.Equal(TimeSpan.FromSeconds(2), statistics.WaitTime.P99);
        Assert.Equal(2, statistics.RunTime.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), statistics.RunTime.Max);
        Assert.Equal(TimeSpan.FromSeconds(2), statistics.RunTime.P90);
    }

    [Fact]
    public async Task WaitAndRunTimes_LeaveTheWindowWhenItHasPassed()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options => options.StatisticsWindow = TimeSpan.FromMinutes(1));
        await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("gated", "fast"));

        time.Advance(TimeSpan.FromMinutes(2));
        var statistics = host.Queue.GetStatistics();

        Assert.Equal(0, statistics.RunTime.Count);
        Assert.Equal(1, statistics.SuccessRate);
        Assert.Equal(1, statistics.TotalSucceeded);
    }

    [Fact]
    public async Task CopyBudgetUtilization_ListsConcurrencyAndEveryConfiguredBudgetWithWhatIsInUse()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(time, options =>
        {
            options.MaxConcurrency = 4;
            options.MaxConcurrencyPerJobType["gated"] = 2;
            options.ConnectionPools["openai"] = 3;
            options.MemoryBudgetMegabytes = 1000;
            options.CostPerHourBudgetUsd = 10m;
        });
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var demand = new JobResourceDemand { MemoryMegabytes = 400, EstimatedCost = Money.FromUsd(1m), ConnectionPool = "openai" };
        await host.Queue.EnqueueAsync("gated", "held", new JobOptions { Demand = demand });
        await gated.NextStartAsync();

        var budgets = new BudgetUtilization[host.Queue.GetStatistics().BudgetCount];
        var count = host.Queue.CopyBudgetUtilization(budgets);
        var small = new BudgetUtilization[2];
        var fitting = host.Queue.CopyBudgetUtilization(small);
        gated.ReleaseAll();

        Assert.Equal(5, count);
        Assert.Contains(new BudgetUtilization { Kind = BudgetKind.Concurrency, InUse = 1, Limit = 4 }, budgets);
        Assert.Contains(new BudgetUtilization { Kind = BudgetKind.JobTypeConcurrency, Name = "gated", InUse = 1, Limit = 2 }, budgets);
        Assert.Contains(new BudgetUtilization { Kind = BudgetKind.ConnectionPool, Name = "openai", InUse = 1, Limit = 3 }, budgets);
        Assert.Contains(new BudgetUtilization { Kind = BudgetKind.Memory, InUse = 400, Limit = 1000 }, budgets);
        Assert.Contains(new BudgetUtilization { Kind = BudgetKind.CostPerHour, InUse = 1, Limit = 10 }, budgets);
        Assert.Equal(0.4, budgets.Single(budget => budget.Kind == BudgetKind.Memory).Utilization, 6);
        Assert.Equal(2, fitting);
        Assert.Equal(BudgetKind.Concurrency, small[0].Kind);
        Assert.Equal(0, host.Queue.CopyBudgetUtilization([]));
    }

    [Fact]
    public async Task GetStatisticsAndCopyBudgetUtilization_DoNotAllocate()
    {
        await using var host = await StartAsync(TimeProvider.System, options =>
        {
            options.MaxConcurrencyPerJobType["gated"] = 2;
            options.ConnectionPools["openai"] = 3;
            options.MemoryBudgetMegabytes = 1000;
            options.CostPerHourBudgetUsd = 10m;
        });
        var priced = new JobOptions { Demand = new JobResourceDemand { EstimatedCost = Money.FromUsd(0.1m), MemoryMegabytes = 10 } };
        for (var i = 0; i < 10; i++)
        {
            await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("gated", $"fast-{i}", priced));
        }

        var budgets = new BudgetUtilization[host.Queue.GetStatistics().BudgetCount];
        var allocated = MeasureAllocations(host.Queue, budgets);

        Assert.Equal(0, allocated);
        Assert.Equal(10, host.Queue.GetStatistics().TotalSucceeded);
    }

    private static long MeasureAllocations(IJobQueue queue, BudgetUtilization[] budgets)
    {
        var sink = 0L;
        sink += queue.GetStatistics().TotalSucceeded + queue.CopyBudgetUtilization(budgets);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            sink += queue.GetStatistics().TotalSucceeded;
            sink += queue.CopyBudgetUtilization(budgets);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sink > 0);
        return allocated;
    }

    private static Task<QueueHost> StartAsync(TimeProvider time, Action<QueueOptions>? configure = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(options =>
                {
                    options.Retry.BaseDelay = TimeSpan.FromSeconds(1);
                    configure?.Invoke(options);
                })
                .AddJobHandler<string, GatedHandler>("gated")
                .AddJobHandler<string, ScriptedHandler>("scripted"),
            time);
}
