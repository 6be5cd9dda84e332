using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Diagnostics.Internal;

/// <summary>The Health package's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The health check of component '{Component}' threw; the component is unhealthy.")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string component);

    [LoggerMessage(2, LogLevel.Error, "A health evaluation failed; the next one runs after the check interval.")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "The alert router tracks its maximum of {MaxActiveAlerts} alerts (VideoPipeline:Health:Alerting:MaxActiveAlerts); {Dropped} new alert(s) were dropped since the last warning, the latest '{AlertName}' for {Component}.")]
    public static partial void AlertsDropped(ILogger logger, int maxActiveAlerts, long dropped, string alertName, string component);

    [LoggerMessage(11, LogLevel.Error, "The alert sink {Sink} failed to take notification '{AlertName}' ({Status}) for {Component}; the other sinks and the router go on.")]
    public static partial void AlertSinkFailed(ILogger logger, Exception exception, string sink, string alertName, AlertStatus status, string component);

    [LoggerMessage(EventId = 30, Message = "Alert '{AlertName}' {AlertStatus} ({AlertSeverity}) for {Component}: {Summary} Labels: {Labels}")]
    public static partial void AlertNotified(ILogger logger, LogLevel level, string alertName, AlertStatus alertStatus, AlertSeverity alertSeverity, string component, string summary, string labels);

    [LoggerMessage(31, LogLevel.Warning, "The alert webhook dropped {Count} notification(s) since the last report, because its queue was full (the oldest go first) or the host had stopped; reported at most once a minute.")]
    public static partial void WebhookNotificationsDropped(ILogger logger, long count);

    [LoggerMessage(32, LogLevel.Warning, "The alert webhook could not deliver alert '{AlertName}' ({AlertStatus}) for {Component} (transient failures were retried); the notification is dropped and the webhook goes on.")]
    public static partial void WebhookDeliveryFailed(ILogger logger, Exception exception, string alertName, AlertStatus alertStatus, string component);

    [LoggerMessage(33, LogLevel.Warning, "The alert webhook answered {StatusCode} to alert '{AlertName}' ({AlertStatus}) for {Component} (transient failures were retried); the notification is dropped and the webhook goes on.")]
    public static partial void WebhookDeliveryRejected(ILogger logger, int statusCode, string alertName, AlertStatus alertStatus, string component);

    [LoggerMessage(34, LogLevel.Warning, "The host stopped before the alert webhook posted every queued notification: {Count} notification(s) were dropped.")]
    public static partial void WebhookStoppedWithQueue(ILogger logger, long count);
    [LoggerMessage(50, LogLevel.Warning, "Recovery action '{Action}' of component '{Component}' is starting: {Reason}")]
    public static partial void RecoveryStarting(ILogger logger, string component, string action, string reason);

    [LoggerMessage(51, LogLevel.Information, "Recovery action '{Action}' of component '{Component}' succeeded in {Duration}.")]
    public static partial void RecoverySucceeded(ILogger logger, string component, string action, TimeSpan duration);

    [LoggerMessage(52, LogLevel.Error, "Recovery action '{Action}' of component '{Component}' failed after {Duration}.")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, string component, string action, TimeSpan duration);

    [LoggerMessage(53, LogLevel.Error, "Recovery action '{Action}' of component '{Component}' did not finish within its {Timeout} timeout.")]
    public static partial void RecoveryTimedOut(ILogger logger, string component, string action, TimeSpan timeout);

    [LoggerMessage(54, LogLevel.Warning, "Recovery action '{Action}' of component '{Component}' was stopped with the host after {Duration}.")]
    public static partial void RecoveryStopped(ILogger logger, string component, string action, TimeSpan duration);

    [LoggerMessage(55, LogLevel.Warning, "Recovery action '{Action}' of component '{Component}' would run, but recovery is a dry run: {Reason}")]
    public static partial void RecoveryDryRun(ILogger logger, string component, string action, string reason);

    [LoggerMessage(56, LogLevel.Debug, "Recovery of component '{Component}' waits: its dependency '{Dependency}' is unhealthy.")]
    public static partial void RecoveryWaitsForDependency(ILogger logger, string component, string dependency);

    [LoggerMessage(57, LogLevel.Debug, "Recovery of component '{Component}' waits: {Attempts} attempts started within the last hour, the most allowed.")]
    public static partial void RecoveryWaitsForHourlyLimit(ILogger logger, string component, int attempts);
}
