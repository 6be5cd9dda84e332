using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>A started container with the queue and the counting no-op handler registered for one or more job types.</summary>
internal sealed class QueueBenchmarkHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private QueueBenchmarkHost(ServiceProvider services)
    {
        _services = services;
        Queue = services.GetRequiredService<IJobQueue>();
        Handler = services.GetRequiredService<CountdownHandler>();
    }

    public IJobQueue Queue { get; }

    public CountdownHandler Handler { get; }

    public static async Task<QueueBenchmarkHost> StartAsync(Action<QueueOptions> configure, params string[] jobTypes)
    {
        var services = new ServiceCollection();
        var builder = services.AddVideoPipeline().AddQueueing(configure);
        foreach (var jobType in jobTypes)
        {
            builder.AddJobHandler<int, CountdownHandler>(jobType);
        }

        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new QueueBenchmarkHost(provider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
