namespace VideoPipeline.Sdk;

/// <summary>
/// Why a generation failed, which decides whether a retry can help.
/// </summary>
public enum GenerationErrorKind
{
    /// <summary>A failure that will not go away by retrying the same request.</summary>
    Permanent = 0,

    /// <summary>A temporary failure (server error, network error); a retry with backoff can succeed.</summary>
    Transient = 1,

    /// <summary>The provider is throttling; retry after <see cref="GenerationProviderException.RetryAfter"/> when given.</summary>
    RateLimited = 2,

    /// <summary>The provider did not answer in time; a retry, a longer timeout or a faster model can help.</summary>
    Timeout = 3,

    /// <summary>The request is invalid for the provider; <see cref="GenerationProviderException.ParameterName"/> names the field when known.</summary>
    InvalidRequest = 4,

    /// <summary>The provider refused the content (for example a safety filter); the prompt must change.</summary>
    ContentRejected = 5,
}
