using System.Collections.Immutable;

namespace VideoPipeline.Sdk;

/// <summary>
/// What a provider returned for a <see cref="GenerationRequest"/>: the medium, what it cost, how long the provider took,
/// and provider metadata.
/// </summary>
public sealed class GenerationResult
{
    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationResult"/> class.
    /// </summary>
    /// <param name="kind">The kind of media produced.</param>
    /// <param name="mediaType">The IANA media type of the content, for example <c>image/png</c>.</param>
    /// <param name="content">The content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mediaType"/> or <paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mediaType"/> is empty or not of the form <c>type/subtype</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="MediaKind"/>.</exception>
    public GenerationResult(MediaKind kind, string mediaType, MediaContent content)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind must be one of Text, Image, Video, Speech or Music.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == mediaType.Length - 1)
        {
            throw new ArgumentException($"mediaType must be of the form type/subtype; got '{mediaType}'.", nameof(mediaType));
        }

        ArgumentNullException.ThrowIfNull(content);
        Kind = kind;
        MediaType = mediaType;
        Content = content;
    }

    /// <summary>Gets the kind of media produced.</summary>
    public MediaKind Kind { get; }

    /// <summary>Gets the IANA media type of the content, for example <c>image/png</c> or <c>video/x-yuv4mpeg</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets the content.</summary>
    public MediaContent Content { get; }

    /// <summary>Gets what the provider charged for the generation.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative cost.</exception>
    public Money Cost
    {
        get;
        init => field = value.IsNegative
            ? throw new ArgumentOutOfRangeException(nameof(Cost), value, "Cost must not be negative.")
            : value;
    }

    /// <summary>Gets what the generation consumed, in billing units.</summary>
    /// <value>The default is no usage.</value>
    public GenerationUsage Usage { get; init; }

    /// <summary>Gets how long the provider took to produce the result.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public TimeSpan ProviderLatency
    {
        get;
        init => field = value < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(ProviderLatency), value, "ProviderLatency must not be negative.")
            : value;
    }

    /// <summary>Gets provider metadata, such as the resolved model version or a provider request id.</summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyDictionary<string, string> Metadata
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Metadata));
    } = ImmutableDictionary<string, string>.Empty;
}
