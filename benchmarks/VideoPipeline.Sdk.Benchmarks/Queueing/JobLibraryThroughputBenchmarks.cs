using BenchmarkDotNet.Attributes;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.States;
using Quartz;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// The same no-op work as <see cref="JobThroughputBenchmarks"/> (enqueue jobs, wait until every one has run, results per
/// job) against established .NET job libraries, with 10,000 jobs because they are far slower; the floor and
/// <see cref="IJobQueue"/> (every budget configured) run again at this size so that the ratios come from one run.
/// <list type="bullet">
/// <item>Hangfire 1.8 with Hangfire.InMemory 1.0 storage: per job, <c>IBackgroundJobClient.Create</c> of one prebuilt
/// <see cref="Job"/> (a static no-op method, so no expression is parsed per job) in the Enqueued state; the client runs the
/// job filters, serializes the invocation data and commits a storage transaction; a worker fetches it, moves it to
/// Processing, invokes the method and moves it to Succeeded with state history. One
/// <see cref="BackgroundJobServer"/> with one worker per core, one queue (in a Stopwatch side run of 10,000 jobs, 1, 4 and 10 workers
/// per core took 44, 52 and 55 µs a job: more workers do not help); InMemory storage hands enqueued jobs to waiting workers
/// without polling (the schedule polling interval matters only for delayed jobs, which are not used); its expiration is
/// capped at 10 minutes so that succeeded jobs do not pile up in memory during the run.</item>
/// <item>Quartz.NET 4.7 with its in-memory (RAM) job store: one durable job stored once, and per job
/// <c>IScheduler.TriggerJob</c>, which stores a one-shot trigger firing now; the scheduler thread acquires due triggers in
/// batches of up to the pool size (the in-memory default is 1), fires them on its thread pool of 8 threads per core, and
/// the job factory creates the job instance and runs it (in the same side run, 1, 2, 4 and 8 threads per core took 16, 16,
/// 14 and 11 µs a job, and batches of 1 were no faster).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class JobLibraryThroughputBenchmarks
{
    public const int Jobs = 10_000;

    private static readonly int HangfireWorkers = Environment.ProcessorCount;
    private static readonly int QuartzThreads = Environment.ProcessorCount * 8;

    private ChannelFloor _channel = null!;
    private QueueBenchmarkHost _queue = null!;
    private JobOptions[] _options = null!;
    private BackgroundJobServer _hangfireServer = null!;
    private BackgroundJobClient _hangfireClient = null!;
    private Job _hangfireJob = null!;
    private IScheduler _quartz = null!;
    private JobKey _quartzJob = null!;

    /// <summary>Counts the completions of the peers, whose jobs are static or created by the library.</summary>
    internal static CompletionCounter PeerCompletions { get; } = new();

    [GlobalSetup(Target = nameof(Channel))]
    public void SetupChannel() => _channel = new ChannelFloor();

    [GlobalSetup(Target = nameof(Queue))]
    public void SetupQueue()
    {
        _queue = QueueBenchmarkHost.Start(JobThroughputBenchmarks.ConfigureBudgets, JobThroughputBenchmarks.JobType);
        _options = JobThroughputBenchmarks.BudgetedOptions();
    }

    [GlobalSetup(Target = nameof(Hangfire))]
    public void SetupHangfire()
    {
        var storage = new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromMinutes(10) });
        _hangfireServer = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = HangfireWorkers }, storage);
        _hangfireClient = new BackgroundJobClient(storage);
        _hangfireJob = Job.FromExpression(() => HangfireNoOp.Run());
    }

    [GlobalSetup(Target = nameof(Quartz))]
    public void SetupQuartz()
    {
        _quartz = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = QuartzThreads);
            quartz.UseInMemoryStore();
            quartz.ConfigureScheduler(scheduler => scheduler.MaxBatchSize = QuartzThreads);
        }).BuildScheduler().AsTask().GetAwaiter().GetResult();
        _quartzJob = new JobKey("no-op");
        _quartz.AddJob(JobBuilder.Create<QuartzNoOpJob>().WithIdentity(_quartzJob).StoreDurably().Build()).GetAwaiter().GetResult();
        _quartz.Start().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _channel?.Dispose();
        _queue?.Dispose();
        _hangfireServer?.Dispose();
        _quartz?.Shutdown(waitForJobsToComplete: true).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Jobs, Description = "Channel<Action>, one consumer (floor)")]
    public Task Channel() => _channel.RunAsync(Jobs);

    [Benchmark(OperationsPerInvoke = Jobs, Description = "IJobQueue, 4 priorities, every budget")]
    public Task Queue() => _queue.RunAsync(JobThroughputBenchmarks.JobType, _options, Jobs);

    [Benchmark(OperationsPerInvoke = Jobs, Description = "Hangfire, InMemory storage")]
    public Task Hangfire()
    {
        var done = PeerCompletions.Reset(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            _hangfireClient.Create(_hangfireJob, new EnqueuedState());
        }

        return done;
    }

    [Benchmark(OperationsPerInvoke = Jobs, Description = "Quartz.NET, RAM job store")]
    public async Task Quartz()
    {
        var done = PeerCompletions.Reset(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            await _quartz.TriggerJob(_quartzJob).ConfigureAwait(false);
        }

        await done.ConfigureAwait(false);
    }
}

/// <summary>The Hangfire job: a public static method, so Hangfire activates nothing.</summary>
public static class HangfireNoOp
{
    public static void Run() => JobLibraryThroughputBenchmarks.PeerCompletions.Signal();
}

/// <summary>The Quartz job, created by Quartz's job factory for each firing.</summary>
internal sealed class QuartzNoOpJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        JobLibraryThroughputBenchmarks.PeerCompletions.Signal();
        return default;
    }
}
