namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Options of the progress tracker (<see cref="IProgressTracker"/>), bound from <c>VideoPipeline:Monitoring:Progress</c>.
/// </summary>
public sealed class ProgressTrackingOptions
{
    /// <summary>Gets or sets the median duration assumed for a step type until a step of that type has finished.</summary>
    /// <value>The default is 30 seconds; the range is 1 millisecond to 1 day.</value>
    public TimeSpan DefaultStepDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how much each finished step moves its type's duration prior: the weight of the newest log-duration in the
    /// exponentially weighted mean and variance. Higher follows changes faster; lower resists outliers.
    /// </summary>
    /// <value>The default is 0.2; the range is greater than 0 and at most 1.</value>
    public double PriorSmoothing { get; set; } = 0.2;

    /// <summary>
    /// Gets or sets how many step types learn their own duration prior. Further types share one prior (and the
    /// <c>_OTHER</c> metric tag), so callers that pass unbounded types cannot exhaust memory.
    /// </summary>
    /// <value>The default is 100; the range is 1 to 10,000.</value>
    public int MaxStepTypes { get; set; } = 100;

    /// <summary>Gets or sets how long a finished job stays readable.</summary>
    /// <value>The default is 1 hour; the range is zero to 7 days.</value>
    public TimeSpan FinishedJobRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how many finished jobs stay readable; the oldest is forgotten first.</summary>
    /// <value>The default is 1,000; the range is 0 to 1,000,000.</value>
    public int MaxFinishedJobs { get; set; } = 1_000;

    /// <summary>
    /// Gets or sets how many jobs may be tracked at once before they finish. Starting one more throws, so a caller that
    /// starts jobs and never completes, fails or cancels them cannot grow the tracker without bound.
    /// </summary>
    /// <value>The default is 10,000; the range is 1 to 1,000,000.</value>
    public int MaxActiveJobs { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets how many snapshots each <see cref="IProgressTracker.WatchAsync"/> subscriber buffers; one that falls
    /// further behind loses the oldest.
    /// </summary>
    /// <value>The default is 64; the range is 1 to 10,000.</value>
    public int SubscriberBufferSize { get; set; } = 64;
}
