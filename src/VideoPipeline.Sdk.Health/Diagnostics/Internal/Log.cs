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
}
