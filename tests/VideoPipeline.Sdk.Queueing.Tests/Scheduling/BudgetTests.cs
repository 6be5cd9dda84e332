using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

public sealed class BudgetTests
{
    [Fact]
    public async Task MaxConcurrencyPerJobType_LimitsThatTypeOnly()
    {
        await using var host = await StartAsync(options => options.MaxConcurrencyPerJobType["render"] = 2);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var renders = new List<JobId>();
        for (var i = 0; i < 5; i++)
        {
            renders.Add(await host.Queue.EnqueueAsync("render", $"render-{i}"));
        }

        var whileGated = host.Queue.GetStatistics();
        var budget = FindBudget(host, BudgetKind.JobTypeConcurrency, "render");
        var other = await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("quick", "other"));
        gated.ReleaseAll();
        foreach (var id in renders)
        {
            await host.Queue.CompletedAsync(id);
        }

        Assert.Equal(2, whileGated.Running.Total);
        Assert.Equal(3, whileGated.Pending.Total);
        Assert.Equal(2, budget.InUse);
        Assert.Equal(3, budget.Waiting);
        Assert.Equal(JobState.Succeeded, other.State);
        Assert.Equal(2, gated.MaxInHandler);
    }

    [Fact]
    public async Task ConnectionPool_LimitsJobsThatTakeAConnectionFromIt()
    {
        await using var host = await StartAsync(options => options.ConnectionPools["openai"] = 2);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var usesPool = new JobOptions { Demand = new JobResourceDemand { ConnectionPool = "openai" } };
        var calls = new List<JobId>();
        for (var i = 0; i < 5; i++)
        {
            calls.Add(await host.Queue.EnqueueAsync("render", $"call-{i}", usesPool));
        }

        var whileGated = host.Queue.GetStatistics();
        var pool = FindBudget(host, BudgetKind.ConnectionPool, "openai");
        var local = await host.Queue.EnqueueAsync("render", "local");
        var withLocal = host.Queue.GetStatistics();
        gated.ReleaseAll();
        foreach (var id in calls)
        {
            await host.Queue.CompletedAsync(id);
        }

        Assert.Equal(2, whileGated.Running.Total);
        Assert.Equal(2, pool.InUse);
        Assert.Equal(2, pool.Limit);
        Assert.Equal(3, withLocal.Running.Total);
        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(local)).State);
    }

    [Fact]
    public async Task MemoryBudget_LimitsTheMegabytesOfRunningJobs()
    {
        await using var host = await StartAsync(options => options.MemoryBudgetMegabytes = 1000);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var big = new JobOptions { Demand = new JobResourceDemand { MemoryMegabytes = 400 } };
        var first = await host.Queue.EnqueueAsync("render", "first", big);
        var second = await host.Queue.EnqueueAsync("render", "second", big);
        var third = await host.Queue.EnqueueAsync("render", "fast-third", big);
        var free = await host.Queue.EnqueueAsync("render", "free");

        var whileGated = host.Queue.GetStatistics();
        var memory = FindBudget(host, BudgetKind.Memory, null);
        gated.Release("free");
        await host.Queue.CompletedAsync(free);
        var thirdWhileFull = await host.Queue.GetAsync(third);
        gated.Release("first");
        await host.Queue.CompletedAsync(third);
        gated.Release("second");
        await host.Queue.CompletedAsync(second);

        Assert.Equal(3, whileGated.Running.Total);
        Assert.Equal(800, memory.InUse);
        Assert.Equal(1000, memory.Limit);
        Assert.Equal(1, memory.Waiting);
        Assert.Equal(JobState.Pending, thirdWhileFull!.State);
        Assert.Equal(JobState.Succeeded, (await host.Queue.GetAsync(first))!.State);
    }

    [Fact]
    public async Task CostPerHourBudget_StartsOnlyWhatTheHourAllows_AndTheRestWhenTheHourHasPassed()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(options => options.CostPerHourBudgetUsd = 1m, time);
        var priced = new JobOptions { Demand = new JobResourceDemand { EstimatedCost = Money.FromUsd(0.40m) } };
        var first = await host.Queue.EnqueueAsync("quick", "first", priced);
        var second = await host.Queue.EnqueueAsync("quick", "second", priced);
        var third = await host.Queue.EnqueueAsync("quick", "third", priced);

        await host.Queue.CompletedAsync(first);
        await host.Queue.CompletedAsync(second);
        var thirdWithinTheHour = await host.Queue.GetAsync(third);
        var cost = FindBudget(host, BudgetKind.CostPerHour, null);
        time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        var thirdJustBefore = await host.Queue.GetAsync(third);
        time.Advance(TimeSpan.FromTicks(1));
        var thirdDone = await host.Queue.CompletedAsync(third);

        Assert.Equal(JobState.Pending, thirdWithinTheHour!.State);
        Assert.Equal(JobState.Pending, thirdJustBefore!.State);
        Assert.Equal(0.8, cost.InUse, 6);
        Assert.Equal(1, cost.Waiting);
        Assert.Equal(JobState.Succeeded, thirdDone.State);
        Assert.Equal(time.Start.AddHours(1), thirdDone.StartedAt);
    }

    [Fact]
    public async Task ReportedActualCost_ReplacesTheEstimate_SoMoreJobsStartWithinTheHour()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(options => options.CostPerHourBudgetUsd = 1m, time);
        host.Services.GetRequiredService<ScriptedHandler>().Script = context =>
        {
            context.ReportActualCost(Money.FromUsd(0.10m));
            return context.Payload;
        };
        var priced = new JobOptions { Demand = new JobResourceDemand { EstimatedCost = Money.FromUsd(0.40m) } };
        var ids = new List<JobId>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("quick", $"job-{i}", priced));
        }

        var results = await Task.WhenAll(ids.Select(host.Queue.CompletedAsync));

        Assert.All(results, result => Assert.Equal(JobState.Succeeded, result.State));
        Assert.All(results, result => Assert.Equal(Money.FromUsd(0.10m), result.ActualCost));
        Assert.Equal(0.5, FindBudget(host, BudgetKind.CostPerHour, null).InUse, 6);
    }

    [Fact]
    public async Task DemandLargerThanABudget_IsRejectedAtEnqueueNamingTheJobType()
    {
        await using var host = await StartAsync(options =>
        {
            options.MemoryBudgetMegabytes = 1000;
            options.CostPerHourBudgetUsd = 1m;
            options.ConnectionPools["openai"] = 2;
        });

        var memory = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync(
            "render", "huge", new JobOptions { Demand = new JobResourceDemand { MemoryMegabytes = 1001 } }).AsTask());
        var cost = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync(
            "render", "pricey", new JobOptions { Demand = new JobResourceDemand { EstimatedCost = Money.FromUsd(1.01m) } }).AsTask());
        var pool = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync(
            "render", "elsewhere", new JobOptions { Demand = new JobResourceDemand { ConnectionPool = "anthropic" } }).AsTask());
        var node = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(new JobGraph()
            .Add("fine", "quick", "fine")
            .Add("upscale", "render", "huge", new JobOptions { Demand = new JobResourceDemand { MemoryMegabytes = 5000 } })).AsTask());

        Assert.Contains("'render'", memory.Message, StringComparison.Ordinal);
        Assert.Contains("1001 MB", memory.Message, StringComparison.Ordinal);
        Assert.Contains("'render'", cost.Message, StringComparison.Ordinal);
        Assert.Contains("'render'", pool.Message, StringComparison.Ordinal);
        Assert.Contains("'anthropic'", pool.Message, StringComparison.Ordinal);
        Assert.Contains("'upscale'", node.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Queue.GetStatistics().TotalEnqueued);
    }

    [Fact]
    public async Task DemandEqualToAWholeBudget_IsAccepted()
    {
        await using var host = await StartAsync(options => options.MemoryBudgetMegabytes = 1000);

        var id = await host.Queue.EnqueueAsync("quick", "exact", new JobOptions { Demand = new JobResourceDemand { MemoryMegabytes = 1000 } });

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(id)).State);
    }

    [Fact]
    public async Task Cancel_JobWaitingForABudget_LetsTheNextWaitingJobHaveIt()
    {
        await using var host = await StartAsync(options => options.MaxConcurrencyPerJobType["render"] = 1);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var first = await host.Queue.EnqueueAsync("render", "first");
        await gated.NextStartAsync();
        var cancelled = await host.Queue.EnqueueAsync("render", "fast-cancelled");
        Assert.True(await host.Queue.CancelAsync(cancelled));
        var later = await host.Queue.EnqueueAsync("render", "fast-later");

        gated.Release("first");
        await host.Queue.CompletedAsync(later);

        Assert.Equal(["first", "fast-later"], gated.Started);
        Assert.Equal(0, FindBudget(host, BudgetKind.JobTypeConcurrency, "render").Waiting);
        Assert.Equal(JobState.Succeeded, (await host.Queue.GetAsync(first))!.State);
    }

    private static BudgetUtilization FindBudget(QueueHost host, BudgetKind kind, string? name)
    {
        var budgets = new BudgetUtilization[host.Queue.GetStatistics().BudgetCount];
        var count = host.Queue.CopyBudgetUtilization(budgets);
        return Assert.Single(budgets.AsSpan(0, count).ToArray(), budget => budget.Kind == kind && budget.Name == name);
    }

    private static Task<QueueHost> StartAsync(Action<QueueOptions> configure, TimeProvider? time = null) =>
        QueueHost.StartAsync(
            builder => builder
                .AddQueueing(configure)
                .AddJobHandler<string, GatedHandler>("render")
                .AddJobHandler<string, ScriptedHandler>("quick"),
            time);
}
