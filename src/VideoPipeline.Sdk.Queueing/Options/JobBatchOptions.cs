namespace VideoPipeline.Sdk.Queueing;

/// <summary>How jobs of one type are grouped for its <see cref="IBatchJobHandler{TPayload}"/>.</summary>
public sealed class JobBatchOptions
{
    /// <summary>Gets or sets the most jobs in one batch; a batch that fills runs at once.</summary>
    /// <value>The default is 16; the range is 1 to 10,000.</value>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>Gets or sets how long the first job of a batch waits for others before the batch runs anyway. An urgent job
    /// does not wait: it sends its batch at once.</summary>
    /// <value>The default is 200 milliseconds; the range is 0 to 1 hour.</value>
    public TimeSpan MaxBatchWait { get; set; } = TimeSpan.FromMilliseconds(200);
}
