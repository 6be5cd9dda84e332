using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class SchedulerStressTests
{
    private const int Enqueuers = 8;
    private const int JobsPerEnqueuer = 300;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ManyConcurrentEnqueuersWithBudgetsDependenciesFailuresAndCancels_EveryJobEndsAndNoBudgetIsExceeded(int seed)
    {
        await using var host = await QueueHost.StartAsync(builder => builder
            .AddQueueing(options =>
            {
                options.MaxConcurrency = 8;
                options.MaxConcurrencyPerJobType["a"] = 3;
                options.ConnectionPools["p"] = 2;
                options.MemoryBudgetMegabytes = 1000;
                options.Retry.MaxAttempts = 2;
                options.Retry.BaseDelay = TimeSpan.Zero;
                options.Retry.MaxDelay = TimeSpan.Zero;
            })
            .AddJobHandler<StressJob, BudgetCheckingHandler>("a")
            .AddJobHandler<StressJob, BudgetCheckingHandler>("b"));
        var handler = host.Services.GetRequiredService<BudgetCheckingHandler>();

        var perEnqueuer = await Task.WhenAll(Enumerable.Range(0, Enqueuers).Select(enqueuer => Task.Run(async () =>
        {
            var random = new Random((seed * 1000) + enqueuer);
            var ids = new List<JobId>();
            for (var i = 0; i < JobsPerEnqueuer; i++)
            {
                var job = new StressJob(
                    (enqueuer * JobsPerEnqueuer) + i,
                    random.Next(4),
                    random.Next(3) * 200 + (random.Next(10) == 0 ? 400 : 0),
                    random.Next(4) == 0 ? "p" : null,
                    random.Next(10) switch { 0 => "fail", 1 => "flaky", _ => "ok" });
                var dependsOn = ids.Count > 0 && random.Next(5) == 0
                    ? new[] { random.Next(2) == 0 ? JobDependency.FromJobId(ids[random.Next(ids.Count)]) : JobDependency.FromJobId(ids[random.Next(ids.Count)]).RunAnyway() }
                    : [];
                var options = new JobOptions
                {
                    Priority = (JobPriority)random.Next(4),
                    DependsOn = dependsOn,
                    Demand = new JobResourceDemand { MemoryMegabytes = job.MemoryMegabytes, ConnectionPool = job.Pool },
                };
                var id = await host.Queue.EnqueueAsync(random.Next(2) == 0 ? "a" : "b", job, options);
                ids.Add(id);
                if (random.Next(20) == 0)
                {
                    await host.Queue.CancelAsync(ids[random.Next(ids.Count)]);
                }
            }

            return ids;
        })));

        var all = perEnqueuer.SelectMany(ids => ids).ToArray();
        var finals = await Task.WhenAll(all.Select(id => host.Queue.WaitForCompletionAsync(id).AsTask())).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(finals, final => Assert.True(final.State.IsFinal()));
        Assert.InRange(handler.Highest("all"), 1, 8);
        Assert.InRange(handler.Highest("type:a"), 1, 3);
        Assert.InRange(handler.Highest("pool:p"), 1, 2);
        Assert.InRange(handler.Highest("memory"), 1, 1000);
        var statistics = host.Queue.GetStatistics();
        Assert.Equal(all.Length, statistics.TotalEnqueued);
        Assert.Equal(all.Length, statistics.TotalSucceeded + statistics.TotalFailed + statistics.TotalCancelled + statistics.TotalDeadLettered);
        Assert.Equal(finals.Count(final => final.State == JobState.Succeeded), statistics.TotalSucceeded);
        Assert.Equal(0, statistics.Pending.Total + statistics.Running.Total + statistics.Blocked.Total + statistics.Scheduled.Total);
        var budgets = new BudgetUtilization[statistics.BudgetCount];
        var count = host.Queue.CopyBudgetUtilization(budgets);
        Assert.All(budgets.Take(count), budget => Assert.Equal(0, budget.InUse + budget.Waiting));
        Assert.Contains(finals, final => final.State == JobState.Succeeded && final.AttemptCount == 2);
    }
}
