using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Monitoring.Anomalies.Internal;
using VideoPipeline.Sdk.Monitoring.Instruments.Internal;
using VideoPipeline.Sdk.Monitoring.Resources.Internal;

namespace VideoPipeline.Sdk.Monitoring.DependencyInjection.Internal;

/// <summary>
/// Samples the process's resources and reads the observable instruments every <see cref="MonitoringOptions.SampleInterval"/>
/// while the host runs, on one <see cref="ITimer"/> from the <see cref="TimeProvider"/>, and feeds the anomaly detectors.
/// </summary>
internal sealed class MonitoringSampler(
    ResourceMonitor resources,
    MeterAggregator aggregator,
    AnomalyWatcher anomalies,
    IOptions<MonitoringOptions> options,
    TimeProvider timeProvider) : IHostedService, IDisposable
{
    private readonly Lock _tick = new();
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.SampleInterval;
        _timer = timeProvider.CreateTimer(static state => ((MonitoringSampler)state!).Tick(), this, interval, interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _stopping.Dispose();
    }

    private void Tick()
    {
        // A tick that outlasts the interval makes the next one wait rather than run beside it.
        lock (_tick)
        {
            var usage = resources.Sample();
            aggregator.Observe();
            anomalies.Observe(usage, _stopping.Token);
        }
    }
}
