using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Queues notifications for <see cref="AlertWebhookService"/>, which posts them: <see cref="SendAsync"/> only writes to a
/// bounded channel of <see cref="AlertWebhookOptions.QueueCapacity"/> and returns at once, so a slow or failing endpoint
/// never holds the caller. When the queue is full the oldest notification is dropped; drops are counted on the
/// <see cref="VideoPipelineDiagnostics.HealthWebhookDeliveries"/> counter and logged at most once a minute.
/// </summary>
/// <remarks>
/// Thread safety: the channel takes many writers and one reader (the service); the drop report is claimed by one thread at
/// a time through <see cref="Interlocked"/> on the time of the last report.
/// </remarks>
internal sealed class WebhookAlertSink : IAlertSink
{
    private static readonly TimeSpan DropReportInterval = TimeSpan.FromMinutes(1);

    private readonly Channel<Alert> _queue;
    private readonly HealthMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private long _unreportedDrops;
    private long _lastDropReport = long.MinValue;

    public WebhookAlertSink(IOptions<HealthMonitorOptions> options, HealthMetrics metrics, TimeProvider timeProvider, ILogger<WebhookAlertSink> logger)
    {
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        _queue = Channel.CreateBounded<Alert>(
            new BoundedChannelOptions(options.Value.Alerting.Webhook.QueueCapacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
            },
            _ => Drop());
    }

    /// <summary>Gets the queue's reader, for the service that posts.</summary>
    public ChannelReader<Alert> Reader => _queue.Reader;

    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!_queue.Writer.TryWrite(alert))
        {
            // The service has stopped and completed the queue: nothing will post this one.
            Drop();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Stops taking notifications; the reader ends once the queued ones are read.</summary>
    public void CompleteAdding() => _queue.Writer.TryComplete();

    private void Drop()
    {
        _metrics.RecordWebhookDropped();
        Interlocked.Increment(ref _unreportedDrops);
        var now = _timeProvider.GetTimestamp();
        var last = Interlocked.Read(ref _lastDropReport);
        if (last != long.MinValue && _timeProvider.GetElapsedTime(last, now) < DropReportInterval)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastDropReport, now, last) == last)
        {
            Log.WebhookNotificationsDropped(_logger, Interlocked.Exchange(ref _unreportedDrops, 0));
        }
    }
}
