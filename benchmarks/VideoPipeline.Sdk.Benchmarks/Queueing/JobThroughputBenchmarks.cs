using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// Enqueue and dispatch of 100,000 no-op jobs, from one producer, until the last one ran; figures are per job
/// (OperationsPerInvoke). The floor is a raw unbounded <see cref="Channel{T}"/> with one consumer that invokes a no-op
/// delegate per item. Beside it, the queue with no budgets, and the queue with every kind of budget configured (a
/// connection pool, a job-type limit, a memory budget and a money-per-hour budget) and jobs in all four priorities that
/// each demand a connection, memory and money, so every admission checks every budget; statistics are always on.
/// </summary>
[MemoryDiagnoser]
public class JobThroughputBenchmarks
{
    private const int Jobs = 100_000;

    private static readonly JobOptions[] BudgetedOptions =
    [
        .. Enum.GetValues<JobPriority>().Select(priority => new JobOptions
        {
            Priority = priority,
            Demand = new JobResourceDemand { ConnectionPool = "provider", MemoryMegabytes = 1, EstimatedCost = Money.FromUsd(0.000001m) },
        }),
    ];

    private QueueBenchmarkHost _plain = null!;
    private QueueBenchmarkHost _budgeted = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _plain = await QueueBenchmarkHost.StartAsync(_ => { }, "noop");
        _budgeted = await QueueBenchmarkHost.StartAsync(
            options =>
            {
                options.ConnectionPools["provider"] = 64;
                options.MaxConcurrencyPerJobType["noop"] = 64;
                options.MemoryBudgetMegabytes = 1_000_000;
                options.CostPerHourBudgetUsd = 1_000_000;
                options.MaxRetainedJobs = 10_000;
            },
            "noop");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _plain.DisposeAsync();
        await _budgeted.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Jobs)]
    public async Task RawChannel()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        Action<int> handler = static _ => { };
        var consumer = Task.Run(async () =>
        {
            var remaining = Jobs;
            while (await channel.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    handler(item);
                    if (--remaining == 0)
                    {
                        return;
                    }
                }
            }
        });
        for (var i = 0; i < Jobs; i++)
        {
            channel.Writer.TryWrite(i);
        }

        await consumer.ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = Jobs)]
    public async Task JobQueue()
    {
        _plain.Handler.Reset(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            await _plain.Queue.EnqueueAsync("noop", i).ConfigureAwait(false);
        }

        await _plain.Handler.Done.ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = Jobs)]
    public async Task JobQueueWithBudgets()
    {
        _budgeted.Handler.Reset(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            await _budgeted.Queue.EnqueueAsync("noop", i, BudgetedOptions[i & 3]).ConfigureAwait(false);
        }

        await _budgeted.Handler.Done.ConfigureAwait(false);
    }
}
