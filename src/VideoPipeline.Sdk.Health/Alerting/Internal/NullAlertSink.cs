namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Takes notifications and does nothing: what the logging and webhook sink registrations resolve to when their options
/// turn them off. The sinks are chosen when first resolved, so that configuration bound after <c>AddHealthMonitoring</c>
/// applies, and a registration cannot be withdrawn at that point; this stands in its place.
/// </summary>
internal sealed class NullAlertSink : IAlertSink
{
    public static readonly NullAlertSink Instance = new();

    private NullAlertSink()
    {
    }

    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return ValueTask.CompletedTask;
    }
}
