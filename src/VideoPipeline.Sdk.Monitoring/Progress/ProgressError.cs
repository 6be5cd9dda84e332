namespace VideoPipeline.Sdk.Monitoring;

/// <summary>Why a step failed, with what to do about it.</summary>
public sealed record ProgressError
{
    /// <summary>Gets the full name of the exception's type, for example <c>VideoPipeline.Sdk.GenerationProviderException</c>.</summary>
    public required string ExceptionType { get; init; }

    /// <summary>Gets the exception's message.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Gets an actionable suggestion: a rate limit suggests lowering the concurrency (and waiting for the provider's
    /// retry-after delay when it gave one), a timeout suggests a longer timeout or a faster quality profile, an invalid
    /// parameter names the parameter. Never empty.
    /// </summary>
    public required string Suggestion { get; init; }

    /// <summary>
    /// Gets the name of the parameter that was rejected, when known: <see cref="GenerationProviderException.ParameterName"/>
    /// or <see cref="ArgumentException.ParamName"/> when set, otherwise the first identifier that follows the word
    /// <c>parameter</c>, <c>field</c>, <c>property</c> or <c>argument</c> in the message in quotes or after a colon or an
    /// equals sign, for example <c>size</c> in <c>Invalid value for parameter 'size'</c> or in <c>unknown field: size</c>.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? ParameterName { get; init; }

    /// <summary>Gets a value indicating whether retrying the same work can succeed (a rate limit, a timeout or a temporary failure).</summary>
    public bool IsTransient { get; init; }
}
