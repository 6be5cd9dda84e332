using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Diagnostics.Internal;

/// <summary>The Health package's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The health check of component '{Component}' threw; the component is unhealthy.")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string component);

    [LoggerMessage(2, LogLevel.Error, "A health evaluation failed; the next one runs after the check interval.")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception);

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
