using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Queueing.Diagnostics.Internal;

/// <summary>The Queueing package's log messages, source-generated. Payloads and results are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Resumed {Count} unfinished jobs from the job store.")]
    public static partial void Resumed(ILogger logger, int count);

    [LoggerMessage(2, LogLevel.Warning, "Shutdown cancelled {Count} running jobs after waiting {Timeout}; they are pending again in the job store.")]
    public static partial void ShutdownCancelledJobs(ILogger logger, int count, TimeSpan timeout);

    [LoggerMessage(3, LogLevel.Warning, "Job {JobId} ('{JobType}') ran past its {Timeout} timeout; its slot is freed and a late result will be ignored.")]
    public static partial void AttemptTimedOut(ILogger logger, JobId jobId, string jobType, TimeSpan timeout);

    [LoggerMessage(4, LogLevel.Warning, "Job {JobId} ('{JobType}') was dead-lettered after {Attempts} attempts; last error: {Error}")]
    public static partial void DeadLettered(ILogger logger, JobId jobId, string jobType, int attempts, string error);

    [LoggerMessage(5, LogLevel.Error, "The retry filter threw for job {JobId} ('{JobType}'); the failure is treated as final.")]
    public static partial void RetryFilterFailed(ILogger logger, Exception exception, JobId jobId, string jobType);

    [LoggerMessage(6, LogLevel.Error, "The job store failed to {Action} job {JobId} ('{JobType}').")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string action, JobId jobId, string jobType);
}
