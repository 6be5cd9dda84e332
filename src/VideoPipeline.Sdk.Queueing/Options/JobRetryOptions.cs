namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// How failed attempts are retried: exponential backoff with full jitter up to a maximum delay, a provider's retry-after
/// hint respected, and a filter that says which errors are transient. Bound from <c>VideoPipeline:Queueing:Retry</c>.
/// </summary>
public sealed class JobRetryOptions
{
    /// <summary>The largest allowed <see cref="MaxAttempts"/>: 100.</summary>
    public const int MaxAllowedAttempts = 100;

    /// <summary>Gets or sets how many times a job's handler may run before the job is dead-lettered, unless the job sets
    /// <see cref="JobOptions.MaxAttempts"/>.</summary>
    /// <value>The default is 3; the range is 1 to 100.</value>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each later retry doubles it, and the actual delay is drawn
    /// uniformly between half of it and all of it.</summary>
    /// <value>The default is 1 second; the range is 0 to 1 day.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between attempts, also for a provider's retry-after hint.</summary>
    /// <value>The default is 5 minutes; the range is 0 to 1 day, and at least <see cref="BaseDelay"/>.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets which errors are retried. The default retries a <see cref="GenerationProviderException"/> whose
    /// <see cref="GenerationProviderException.IsTransient"/> is true, a <see cref="TimeoutException"/> (also an attempt that
    /// ran past its timeout), <see cref="System.Net.Http.HttpRequestException"/> and <see cref="IOException"/>; any other error
    /// fails the job at once.
    /// </summary>
    /// <value>The default is <see cref="IsTransientByDefault"/>.</value>
    public Func<Exception, bool> IsTransient { get; set; } = IsTransientByDefault;

    /// <summary>The default <see cref="IsTransient"/> filter.</summary>
    /// <param name="exception">The error.</param>
    /// <returns><see langword="true"/> when the error is worth a retry.</returns>
    public static bool IsTransientByDefault(Exception exception) => exception switch
    {
        GenerationProviderException provider => provider.IsTransient,
        TimeoutException or System.Net.Http.HttpRequestException or IOException => true,
        _ => false,
    };
}
