using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

/// <summary>An alert sink that keeps what it receives, optionally failing first, the way a broken destination would.</summary>
internal sealed class RecordingAlertSink(bool throwSynchronously = false, bool faultAsynchronously = false) : IAlertSink
{
    private readonly ConcurrentQueue<Alert> _alerts = new();

    public IReadOnlyList<Alert> Alerts => [.. _alerts];

    public async ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        if (throwSynchronously)
        {
            throw new InvalidOperationException("The sink is down.");
        }

        if (faultAsynchronously)
        {
            await Task.Yield();
            throw new InvalidOperationException("The sink failed later.");
        }

        _alerts.Enqueue(alert);
    }
}
