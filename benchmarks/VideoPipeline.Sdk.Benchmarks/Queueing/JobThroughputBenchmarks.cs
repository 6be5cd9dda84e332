using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// Scheduling throughput: enqueue 100,000 no-op jobs and wait until every one has run; each result is per job
/// (<c>OperationsPerInvoke</c>), so the mean is the scheduling cost of one job and the allocation is bytes per job.
/// The floor is an unbounded <see cref="System.Threading.Channels.Channel{T}"/> of delegates with one consumer task (no
/// ids, priorities, budgets or states). Beside it, <see cref="IJobQueue"/> as an integrator uses it: built through DI and
/// started with its hosted service once per benchmark, jobs enqueued with <see cref="IJobQueue.EnqueueAsync{TPayload}"/>
/// one after another across the four priorities, a handler that counts completions (nobody waits for a single job), and
/// statistics on (they always are). Once with every budget configured (a per-type limit, a connection pool, a memory
/// budget and a money-per-hour budget, each job taking a little of each, so every admission checks them all but nothing
/// waits for long), once with none. Default concurrency (16 jobs at once) and default retention: the last 100,000 final
/// jobs stay in the store for <see cref="IJobQueue.GetAsync"/>, idempotency and dependencies, so every job outlives the
/// youngest garbage-collector generation. A third run with every budget and <see cref="QueueOptions.MaxRetainedJobs"/> = 0
/// shows what that retention costs.
/// </summary>
[MemoryDiagnoser]
public class JobThroughputBenchmarks
{
    public const int Jobs = 100_000;
    internal const string JobType = "render";

    private ChannelFloor _channel = null!;
    private QueueBenchmarkHost _budgeted = null!;
    private QueueBenchmarkHost _unbudgeted = null!;
    private QueueBenchmarkHost _unretained = null!;
    private JobOptions[] _budgetedOptions = null!;
    private JobOptions[] _unbudgetedOptions = null!;

    /// <summary>One option set per priority, each job demanding a little of every budget.</summary>
    internal static JobOptions[] BudgetedOptions() =>
        [.. Enum.GetValues<JobPriority>().Select(priority => new JobOptions
        {
            Priority = priority,
            Demand = new JobResourceDemand { MemoryMegabytes = 1, EstimatedCost = Money.FromUsd(0.0001m), ConnectionPool = "openai" },
        })];

    internal static JobOptions[] UnbudgetedOptions() =>
        [.. Enum.GetValues<JobPriority>().Select(priority => new JobOptions { Priority = priority })];

    /// <summary>Every budget, with room for the default 16 jobs at once and for tens of millions of jobs an hour.</summary>
    internal static void ConfigureBudgets(QueueOptions options)
    {
        options.MaxConcurrencyPerJobType[JobType] = 12;
        options.ConnectionPools["openai"] = 12;
        options.MemoryBudgetMegabytes = 64;
        options.CostPerHourBudgetUsd = 1_000_000m;
    }

    [GlobalSetup(Target = nameof(Channel))]
    public void SetupChannel() => _channel = new ChannelFloor();

    [GlobalSetup(Target = nameof(QueueWithBudgets))]
    public void SetupBudgeted()
    {
        _budgeted = QueueBenchmarkHost.Start(ConfigureBudgets, JobType);
        _budgetedOptions = BudgetedOptions();
    }

    [GlobalSetup(Target = nameof(QueueWithBudgetsWithoutRetention))]
    public void SetupUnretained()
    {
        _unretained = QueueBenchmarkHost.Start(
            static options =>
            {
                ConfigureBudgets(options);
                options.MaxRetainedJobs = 0;
            },
            JobType);
        _budgetedOptions = BudgetedOptions();
    }

    [GlobalSetup(Target = nameof(QueueWithoutBudgets))]
    public void SetupUnbudgeted()
    {
        _unbudgeted = QueueBenchmarkHost.Start(static _ => { }, JobType);
        _unbudgetedOptions = UnbudgetedOptions();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _channel?.Dispose();
        _budgeted?.Dispose();
        _unbudgeted?.Dispose();
        _unretained?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Jobs, Description = "Channel<Action>, one consumer (floor)")]
    public Task Channel() => _channel.RunAsync(Jobs);

    [Benchmark(OperationsPerInvoke = Jobs, Description = "IJobQueue, 4 priorities, every budget")]
    public Task QueueWithBudgets() => _budgeted.RunAsync(JobType, _budgetedOptions, Jobs);

    [Benchmark(OperationsPerInvoke = Jobs, Description = "IJobQueue, 4 priorities, every budget, no retention")]
    public Task QueueWithBudgetsWithoutRetention() => _unretained.RunAsync(JobType, _budgetedOptions, Jobs);

    [Benchmark(OperationsPerInvoke = Jobs, Description = "IJobQueue, 4 priorities, no budget")]
    public Task QueueWithoutBudgets() => _unbudgeted.RunAsync(JobType, _unbudgetedOptions, Jobs);
}
