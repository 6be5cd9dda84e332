using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// A container with the Queueing package, started as a host starts it (every hosted service), once per benchmark; its
/// no-op handlers count completions, so a run enqueues jobs and waits for the count without following each job.
/// </summary>
internal sealed class QueueBenchmarkHost : IDisposable
{
    /// <summary>The payload of every job: one shared string, so the payload allocates nothing.</summary>
    public const string Payload = "no-op";

    private readonly ServiceProvider _services;

    private QueueBenchmarkHost(ServiceProvider services)
    {
        _services = services;
        Queue = services.GetRequiredService<IJobQueue>();
        Completions = services.GetRequiredService<CompletionCounter>();
    }

    public IJobQueue Queue { get; }

    public CompletionCounter Completions { get; }

    /// <summary>Builds and starts a queue whose job types all run <see cref="NoOpHandler"/> and, for <paramref name="countedType"/>,
    /// <see cref="CountingHandler"/>.</summary>
    public static QueueBenchmarkHost Start(Action<QueueOptions> configure, string countedType, params string[] otherTypes)
    {
        var services = new ServiceCollection();
        services.AddSingleton<CompletionCounter>();
        var builder = services.AddVideoPipeline().AddQueueing(configure).AddJobHandler<string, CountingHandler>(countedType);
        foreach (var type in otherTypes)
        {
            builder.AddJobHandler<string, NoOpHandler>(type);
        }

        var provider = services.BuildServiceProvider();
        foreach (var service in provider.GetServices<IHostedService>())
        {
            service.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return new QueueBenchmarkHost(provider);
    }

    /// <summary>Enqueues <paramref name="jobs"/> jobs of the counted type, cycling through <paramref name="options"/>, and
    /// waits until the handler has run every one.</summary>
    public async Task RunAsync(string jobType, JobOptions[] options, int jobs)
    {
        var done = Completions.Reset(jobs);
        for (var i = 0; i < jobs; i++)
        {
            await Queue.EnqueueAsync(jobType, Payload, options[i % options.Length]).ConfigureAwait(false);
        }

        await done.ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var service in _services.GetServices<IHostedService>().Reverse())
        {
            service.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        _services.Dispose();
    }
}

/// <summary>Completes a task when a set number of jobs has run.</summary>
internal sealed class CompletionCounter
{
    private int _remaining;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reset(int jobs)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, jobs);
        return _done.Task;
    }

    public void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }
    }
}

/// <summary>Does nothing.</summary>
internal sealed class NoOpHandler : IJobHandler<string>
{
    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken) => default;
}

/// <summary>Does nothing but count the job.</summary>
internal sealed class CountingHandler(CompletionCounter completions) : IJobHandler<string>
{
    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        completions.Signal();
        return default;
    }
}
