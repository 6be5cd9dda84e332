using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Queueing.Tests;

/// <summary>
/// A container with the Queueing package, started the way a host starts it (every hosted service), so tests use the queue
/// through DI as an integrator does. Pass a <see cref="FakeTimeProvider"/> to drive retries, timeouts and batches by hand.
/// </summary>
internal sealed class QueueHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _stopped;

    private QueueHost(ServiceProvider services)
    {
        _services = services;
        Queue = services.GetRequiredService<IJobQueue>();
    }

    public IJobQueue Queue { get; }

    public IServiceProvider Services => _services;

    public static async Task<QueueHost> StartAsync(Action<IVideoPipelineBuilder> configure, TimeProvider? timeProvider = null, bool start = true)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        var builder = services.AddVideoPipeline();
        configure(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new QueueHost(provider);
        if (start)
        {
            await host.StartHostedServicesAsync();
        }

        return host;
    }

    public async Task StartHostedServicesAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var service in _services.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A test that left a job running under a FakeTimeProvider would otherwise wait for a shutdown timeout that never
        // comes; the token ends that wait (and cancels the job) instead.
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await StopAsync(safetyNet.Token);
        await _services.DisposeAsync();
    }
}
