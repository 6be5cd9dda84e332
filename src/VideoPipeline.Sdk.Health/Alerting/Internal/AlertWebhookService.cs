using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Posts the notifications <see cref="WebhookAlertSink"/> queues, one at a time, as JSON to
/// <see cref="AlertWebhookOptions.Endpoint"/> through the <see cref="IHttpClientFactory"/> client named
/// <see cref="AlertWebhookOptions.HttpClientName"/>, whose resilience handler times out each attempt and retries transient
/// failures. A notification that still fails is logged and counted, and the next one goes. Does nothing when no endpoint is
/// set. On stop the queue takes no more and what is queued is still posted until the stop token is cancelled; the rest is
/// dropped, logged and counted.
/// </summary>
internal sealed class AlertWebhookService(
    WebhookAlertSink sink,
    IHttpClientFactory httpClientFactory,
    IOptions<HealthMonitorOptions> options,
    HealthMetrics metrics,
    ILogger<AlertWebhookService> logger) : IHostedService, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly CancellationTokenSource _abandon = new();
    private Task _posting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.Value.Alerting.Webhook.Endpoint;
        if (endpoint is not null)
        {
            _posting = Task.Run(() => PostQueuedAsync(endpoint, _abandon.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        sink.CompleteAdding();
        using (cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abandon))
        {
            await _posting.ConfigureAwait(false);
        }
    }

    public void Dispose() => _abandon.Dispose();

    private async Task PostQueuedAsync(Uri endpoint, CancellationToken abandonToken)
    {
        var reader = sink.Reader;
        try
        {
            while (await reader.WaitToReadAsync(abandonToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var alert))
                {
                    if (!await TryPostAsync(endpoint, alert, abandonToken).ConfigureAwait(false))
                    {
                        DropQueued(reader, alreadyDropped: 1);
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (abandonToken.IsCancellationRequested)
        {
            DropQueued(reader, alreadyDropped: 0);
        }
    }

    /// <summary>Posts one notification; returns <see langword="false"/> when the post was abandoned at stop.</summary>
    private async Task<bool> TryPostAsync(Uri endpoint, Alert alert, CancellationToken abandonToken)
    {
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(alert, AlertWebhookJsonContext.Default.Alert));
            content.Headers.ContentType = Json;
            var client = httpClientFactory.CreateClient(AlertWebhookOptions.HttpClientName);
            using var response = await client.PostAsync(endpoint, content, abandonToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                metrics.RecordWebhookDelivered();
            }
            else
            {
                Log.WebhookDeliveryRejected(logger, (int)response.StatusCode, alert.Name, alert.Status, alert.Component);
                metrics.RecordWebhookFailed();
            }

            return true;
        }
        catch (OperationCanceledException) when (abandonToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            // Transport errors and timeouts arrive here after the resilience handler's last retry.
            Log.WebhookDeliveryFailed(logger, exception, alert.Name, alert.Status, alert.Component);
            metrics.RecordWebhookFailed();
            return true;
        }
    }

    private void DropQueued(ChannelReader<Alert> reader, long alreadyDropped)
    {
        var dropped = alreadyDropped;
        while (reader.TryRead(out _))
        {
            dropped++;
        }

        if (dropped > 0)
        {
            Log.WebhookStoppedWithQueue(logger, dropped);
            metrics.RecordWebhookDropped(dropped);
        }
    }
}
