using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Registers the package's alert sinks: the <see cref="InMemoryAlertSink"/>, the <see cref="LoggingAlertSink"/> and the
/// <see cref="WebhookAlertSink"/> with its posting service and named <see cref="HttpClient"/>. Each sink is chosen from
/// <see cref="HealthMonitorOptions.Alerting"/> when first resolved, so configuration bound after <c>AddHealthMonitoring</c>
/// applies; a sink the options turn off resolves to <see cref="NullAlertSink"/>. Integrators' own
/// <see cref="IAlertSink"/> registrations stand beside these.
/// </summary>
internal static class AlertSinkRegistration
{
    private const string ResiliencePipelineName = "alert-webhook";

    public static void AddAlertSinks(IServiceCollection services)
    {
        services.TryAddSingleton(provider => new InMemoryAlertSink(Alerting(provider).InMemoryCapacity));
        services.AddSingleton<IAlertSink>(provider => provider.GetRequiredService<InMemoryAlertSink>());
        services.AddSingleton<IAlertSink>(provider => Alerting(provider).LogNotifications
            ? new LoggingAlertSink(provider.GetRequiredService<ILoggerFactory>())
            : NullAlertSink.Instance);
        services.TryAddSingleton<WebhookAlertSink>();
        services.AddSingleton<IAlertSink>(provider => Alerting(provider).Webhook.Endpoint is null
            ? NullAlertSink.Instance
            : provider.GetRequiredService<WebhookAlertSink>());
        services.AddHostedService<AlertWebhookService>();

        // Webhook addresses often carry a secret in their path, so the factory's request logging (which writes the
        // address) is removed; the service logs failures without the address.
        services.AddHttpClient(AlertWebhookOptions.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler(ResiliencePipelineName, static (pipeline, context) =>
            {
                var webhook = Alerting(context.ServiceProvider).Webhook;
                if (webhook.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = webhook.MaxRetries,
                        Delay = webhook.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = false,
                        ShouldRetryAfterHeader = false,
                    });
                }

                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = webhook.Timeout });
            });
    }

    private static AlertingOptions Alerting(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<HealthMonitorOptions>>().Value.Alerting;
}
