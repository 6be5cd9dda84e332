namespace VideoPipeline.Sdk.Monitoring;

/// <summary>Where a tracked job or step is in its life. <see cref="Succeeded"/>, <see cref="Failed"/> and <see cref="Cancelled"/> are final.</summary>
public enum ProgressStatus
{
    /// <summary>The step has not started. A job is never pending: it runs from <see cref="IProgressTracker.StartJob"/>.</summary>
    Pending = 0,

    /// <summary>The job or step is under way.</summary>
    Running = 1,

    /// <summary>The job or step finished its work.</summary>
    Succeeded = 2,

    /// <summary>The step failed, or the job failed because one of its steps did.</summary>
    Failed = 3,

    /// <summary>The job was cancelled, or the step was unfinished when its job failed or was cancelled.</summary>
    Cancelled = 4,
}
