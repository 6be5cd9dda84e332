namespace VideoPipeline.Sdk.Queueing;

/// <summary>Where a job is in its life. <see cref="Succeeded"/>, <see cref="Failed"/>, <see cref="Cancelled"/> and
/// <see cref="DeadLettered"/> are final.</summary>
public enum JobState
{
    /// <summary>Ready to run; waiting for a free slot in every budget it needs.</summary>
    Pending = 0,

    /// <summary>Waiting for its dependencies to succeed.</summary>
    Blocked = 1,

    /// <summary>Waiting for its retry time after a transient failure, or for its batch to fill.</summary>
    Scheduled = 2,

    /// <summary>Its handler is running.</summary>
    Running = 3,

    /// <summary>Final: the handler returned a result.</summary>
    Succeeded = 4,

    /// <summary>Final: the handler failed with an error that is not transient (or the retry filter threw).</summary>
    Failed = 5,

    /// <summary>Final: cancelled by <see cref="IJobQueue.CancelAsync"/>, or because a dependency did not succeed (failed,
    /// was cancelled or dead-lettered) and the edge says <see cref="DependencyFailureBehavior.CancelDependent"/>.</summary>
    Cancelled = 6,

    /// <summary>Final: every attempt failed with a transient error; the job keeps the history of its attempts.</summary>
    DeadLettered = 7,
}
