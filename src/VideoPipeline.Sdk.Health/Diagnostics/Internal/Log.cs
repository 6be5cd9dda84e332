using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Diagnostics.Internal;

/// <summary>The Health package's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The health check of component '{Component}' threw; the component is unhealthy.")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string component);

    [LoggerMessage(2, LogLevel.Error, "A health evaluation failed; the next one runs after the check interval.")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception);
}
