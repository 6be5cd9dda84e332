using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;
using VideoPipeline.Sdk.Health.Evaluation.Internal;

namespace VideoPipeline.Sdk.Health.DependencyInjection.Internal;

/// <summary>
/// Runs the evaluation loop while the host runs: one evaluation at start (so the first probe is answered from real
/// checks), then one every <see cref="HealthMonitorOptions.CheckInterval"/> after the previous one ended, on the
/// <see cref="TimeProvider"/>. An evaluation that fails is logged and the loop goes on.
/// </summary>
internal sealed class HealthMonitorService(
    HealthMonitor monitor,
    IOptions<HealthMonitorOptions> options,
    TimeProvider timeProvider,
    ILogger<HealthMonitorService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await EvaluateAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await EvaluateAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await monitor.EvaluateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception exception)
        {
            Log.EvaluationFailed(logger, exception);
        }
    }
}
