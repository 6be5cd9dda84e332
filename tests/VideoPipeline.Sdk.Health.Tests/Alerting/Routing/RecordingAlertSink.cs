using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>An alert sink that keeps every notification it receives with the fake clock's time of receipt.</summary>
internal sealed class RecordingAlertSink(TimeProvider time) : IAlertSink
{
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();

    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    public IReadOnlyList<Alert> Alerts => [.. _received.Select(received => received.Alert)];

    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(new ReceivedNotification(time.GetUtcNow(), alert));
        return ValueTask.CompletedTask;
    }
}
