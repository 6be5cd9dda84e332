namespace VideoPipeline.Sdk;

/// <summary>
/// The error a generation provider reports: what kind of failure it was, whether and when to retry, and which parameter
/// was wrong.
/// </summary>
public sealed class GenerationProviderException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GenerationProviderException"/> class as a permanent failure.</summary>
    public GenerationProviderException()
        : this(GenerationErrorKind.Permanent, "The generation provider failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GenerationProviderException"/> class as a permanent failure.</summary>
    /// <param name="message">The error message.</param>
    public GenerationProviderException(string message)
        : this(GenerationErrorKind.Permanent, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GenerationProviderException"/> class as a permanent failure.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public GenerationProviderException(string message, Exception? innerException)
        : this(GenerationErrorKind.Permanent, message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GenerationProviderException"/> class.</summary>
    /// <param name="errorKind">What kind of failure it was.</param>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="errorKind"/> is not a defined value.</exception>
    public GenerationProviderException(GenerationErrorKind errorKind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        if (!Enum.IsDefined(errorKind))
        {
            throw new ArgumentOutOfRangeException(nameof(errorKind), errorKind, "Unknown generation error kind.");
        }

        ErrorKind = errorKind;
    }

    /// <summary>Gets what kind of failure it was.</summary>
    public GenerationErrorKind ErrorKind { get; }

    /// <summary>Gets a value indicating whether retrying the same request can succeed (transient, rate-limited or timed-out).</summary>
    public bool IsTransient => ErrorKind is GenerationErrorKind.Transient or GenerationErrorKind.RateLimited or GenerationErrorKind.Timeout;

    /// <summary>Gets the name of the provider that failed, when known.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Provider { get; init; }

    /// <summary>Gets how long the provider asked callers to wait before retrying, when it said.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public TimeSpan? RetryAfter
    {
        get;
        init => field = value is { } delay && delay < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(RetryAfter), delay, "RetryAfter must not be negative.")
            : value;
    }

    /// <summary>Gets the provider's HTTP status code, when the failure came from an HTTP response.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public int? StatusCode { get; init; }

    /// <summary>Gets the name of the request parameter the provider rejected, for <see cref="GenerationErrorKind.InvalidRequest"/>.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? ParameterName { get; init; }
}
