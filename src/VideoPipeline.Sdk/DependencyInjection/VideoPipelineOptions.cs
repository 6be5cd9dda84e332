namespace VideoPipeline.Sdk;

/// <summary>
/// Options of the VideoPipeline.Sdk root package, bound from the <c>VideoPipeline</c> configuration section.
/// </summary>
public sealed class VideoPipelineOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline</c>.</summary>
    public const string SectionName = "VideoPipeline";

    /// <summary>The shortest allowed <see cref="ProviderTimeout"/>: one second.</summary>
    public static readonly TimeSpan MinProviderTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest allowed <see cref="ProviderTimeout"/>: one day.</summary>
    public static readonly TimeSpan MaxProviderTimeout = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets how long a provider call obtained through <see cref="IGenerationProviderRegistry"/> may take before it
    /// is cancelled and reported as a <see cref="GenerationErrorKind.Timeout"/> failure.
    /// </summary>
    /// <value>The default is 10 minutes; the range is 1 second to 1 day.</value>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
