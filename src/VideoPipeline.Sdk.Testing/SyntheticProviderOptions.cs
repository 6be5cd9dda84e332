namespace VideoPipeline.Sdk.Testing;

/// <summary>
/// Configures a <see cref="SyntheticGenerationProvider"/>: its name, kinds and pricing, the size of what it produces
/// when a request leaves it open, its latency, and how often it fails.
/// </summary>
public sealed class SyntheticProviderOptions
{
    /// <summary>Gets or sets the provider name used in <see cref="GenerationRequest.Provider"/>.</summary>
    /// <value>The default is <c>synthetic</c>.</value>
    public string Name { get; set; } = "synthetic";

    /// <summary>Gets or sets the kinds of media the provider produces.</summary>
    /// <value>The default is every kind.</value>
    public IList<MediaKind> SupportedKinds { get; set; } = [.. Enum.GetValues<MediaKind>()];

    /// <summary>Gets or sets the prices the provider charges; the cost of every result is calculated from them.</summary>
    /// <value>
    /// The default is $0.04 per image, $0.10 per second of video, $0.08 per 1,000 characters of speech, $0.002 per
    /// 1,000 tokens of text and $0.08 per music track: in the range of 2026 list prices.
    /// </value>
    public ProviderPricing Pricing { get; set; } = new()
    {
        PerImage = Money.FromUsd(0.04m),
        PerVideoSecond = Money.FromUsd(0.10m),
        PerThousandCharacters = Money.FromUsd(0.08m),
        PerThousandTokens = Money.FromUsd(0.002m),
        PerTrack = Money.FromUsd(0.08m),
    };

    /// <summary>Gets or sets the seed that, with the request key, determines every byte produced and every failure.</summary>
    /// <value>The default is 0.</value>
    public long Seed { get; set; }

    /// <summary>Gets or sets the latency of every call, waited on the provider's <see cref="TimeProvider"/>.</summary>
    /// <value>The default is zero; the range is 0 to 1 hour.</value>
    public TimeSpan Latency { get; set; }

    /// <summary>Gets or sets the largest extra latency added to <see cref="Latency"/>; the extra is drawn deterministically per call.</summary>
    /// <value>The default is zero; the range is 0 to 1 hour.</value>
    public TimeSpan LatencyJitter { get; set; }

    /// <summary>Gets or sets the fraction of calls that fail with a <see cref="GenerationErrorKind.Transient"/> error; a retry may succeed.</summary>
    /// <value>The default is 0; the range is 0 to 1, and the three failure rates add up to at most 1.</value>
    public double TransientFailureRate { get; set; }

    /// <summary>Gets or sets the fraction of calls refused with <see cref="GenerationErrorKind.RateLimited"/> and a <see cref="RetryAfter"/> hint.</summary>
    /// <value>The default is 0; the range is 0 to 1, and the three failure rates add up to at most 1.</value>
    public double RateLimitRate { get; set; }

    /// <summary>
    /// Gets or sets the fraction of requests that always fail with <see cref="GenerationErrorKind.ContentRejected"/>:
    /// the same request fails on every attempt, as a provider's content filter would.
    /// </summary>
    /// <value>The default is 0; the range is 0 to 1, and the three failure rates add up to at most 1.</value>
    public double PermanentFailureRate { get; set; }

    /// <summary>Gets or sets the retry-after hint given with rate-limit errors.</summary>
    /// <value>The default is 1 second; the range is 0 to 1 hour.</value>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the width of images when the request gives none.</summary>
    /// <value>The default is 64; the range is 1 to 16,384.</value>
    public int DefaultImageWidth { get; set; } = 64;

    /// <summary>Gets or sets the height of images when the request gives none.</summary>
    /// <value>The default is 64; the range is 1 to 16,384.</value>
    public int DefaultImageHeight { get; set; } = 64;

    /// <summary>Gets or sets the width of videos when the request gives none.</summary>
    /// <value>The default is 64; the range is 1 to 16,384.</value>
    public int DefaultVideoWidth { get; set; } = 64;

    /// <summary>Gets or sets the height of videos when the request gives none.</summary>
    /// <value>The default is 36; the range is 1 to 16,384.</value>
    public int DefaultVideoHeight { get; set; } = 36;

    /// <summary>Gets or sets the duration of videos when the request gives none.</summary>
    /// <value>The default is 2 seconds; the range is 1 millisecond to 1 hour.</value>
    public TimeSpan DefaultVideoDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the frame rate of videos when the request gives none.</summary>
    /// <value>The default is 8; the range is 0.001 to 1,000.</value>
    public double DefaultFramesPerSecond { get; set; } = 8;

    /// <summary>Gets or sets the duration of music when the request gives none.</summary>
    /// <value>The default is 10 seconds; the range is 1 millisecond to 1 hour.</value>
    public TimeSpan DefaultMusicDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the speaking rate that sets the duration of speech when the request gives none.</summary>
    /// <value>The default is 150 words per minute; the range is 30 to 600.</value>
    public int SpeechWordsPerMinute { get; set; } = 150;

    /// <summary>Gets or sets the sample rate of speech and music.</summary>
    /// <value>The default is 16,000 Hz; the range is 8,000 to 192,000.</value>
    public int AudioSampleRate { get; set; } = 16_000;

    /// <summary>Gets or sets the number of tokens in a text output when the request gives no <see cref="GenerationRequest.MaxOutputTokens"/>.</summary>
    /// <value>The default is 64; the range is 1 to 100,000.</value>
    public int DefaultOutputTokens { get; set; } = 64;

    /// <summary>
    /// Gets or sets the largest output held in memory; larger video and audio are streamed as they are read, so a request
    /// for minutes of 1080p video does not allocate gigabytes.
    /// </summary>
    /// <value>The default is 8 MiB; the range is 0 to 1 GiB.</value>
    public long InlineContentLimit { get; set; } = 8 * 1024 * 1024;

    /// <summary>Returns a copy that later changes to this instance do not reach.</summary>
    internal SyntheticProviderOptions Clone()
    {
        var copy = (SyntheticProviderOptions)MemberwiseClone();
        copy.SupportedKinds = [.. SupportedKinds];
        return copy;
    }
}
