namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// The handle of a tracked job, returned by <see cref="IProgressTracker.StartJob"/>: finds its steps and cancels it. The
/// job succeeds when every top-level step has succeeded and fails when one fails. Thread-safe.
/// </summary>
public interface IJobProgress
{
    /// <summary>Gets the job's id.</summary>
    string JobId { get; }

    /// <summary>Gets a top-level step by name.</summary>
    /// <param name="name">The step's name, as declared in <see cref="IProgressTracker.StartJob"/>.</param>
    /// <returns>The step's handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">The job has no top-level step of that name.</exception>
    IStepProgress GetStep(string name);

    /// <summary>Gets a snapshot of the job as it is now, like <see cref="IProgressTracker.GetProgress"/>.</summary>
    /// <returns>The snapshot.</returns>
    JobProgress GetProgress();

    /// <summary>Cancels the job: it and its unfinished steps become <see cref="ProgressStatus.Cancelled"/>.</summary>
    /// <returns><see langword="true"/> when the job was cancelled; <see langword="false"/> when it was already final.</returns>
    bool Cancel();
}
