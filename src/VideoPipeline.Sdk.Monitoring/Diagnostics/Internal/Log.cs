using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Monitoring.Diagnostics.Internal;

/// <summary>The Monitoring package's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "The alert sink {Sink} failed to take alert '{AlertName}' ({Status}) for {Component}; the monitor goes on.")]
    public static partial void AlertSinkFailed(ILogger logger, Exception exception, string sink, string alertName, AlertStatus status, string component);

    [LoggerMessage(2, LogLevel.Error, "The anomaly detectors failed on a sample; the next sample tries again.")]
    public static partial void DetectionFailed(ILogger logger, Exception exception);
}
