namespace VideoPipeline.Sdk;

/// <summary>
/// The public names of VideoPipeline.Sdk's telemetry: one <see cref="System.Diagnostics.Metrics.Meter"/> and one
/// <see cref="System.Diagnostics.ActivitySource"/> per package, both named <c>VideoPipeline.Sdk.&lt;Package&gt;</c>, and the
/// instruments they publish. Pass <see cref="SourceNames"/> to OpenTelemetry's <c>AddMeter</c> and <c>AddSource</c>.
/// </summary>
public static class VideoPipelineDiagnostics
{
    /// <summary>The meter and activity source of the root package (<c>VideoPipeline.Sdk</c>): provider calls.</summary>
    public const string Pipeline = "VideoPipeline.Sdk";

    /// <summary>The meter and activity source of the Caching package.</summary>
    public const string Caching = "VideoPipeline.Sdk.Caching";

    /// <summary>The meter and activity source of the Queueing package.</summary>
    public const string Queueing = "VideoPipeline.Sdk.Queueing";

    /// <summary>The meter and activity source of the Monitoring package.</summary>
    public const string Monitoring = "VideoPipeline.Sdk.Monitoring";

    /// <summary>The meter and activity source of the Health package.</summary>
    public const string Health = "VideoPipeline.Sdk.Health";

    /// <summary>The meter and activity source of the Quality package.</summary>
    public const string Quality = "VideoPipeline.Sdk.Quality";

    /// <summary>The meter and activity source of the Styles package.</summary>
    public const string Styles = "VideoPipeline.Sdk.Styles";

    /// <summary>Counter of provider calls (<c>{request}</c>), tagged with provider, media kind and outcome.</summary>
    public const string ProviderRequests = "videopipeline.provider.requests";

    /// <summary>Histogram of provider call durations in seconds (<c>s</c>), tagged with provider, media kind and outcome.</summary>
    public const string ProviderDuration = "videopipeline.provider.duration";

    /// <summary>Counter of money spent on providers, in US dollars (<c>{USD}</c>), tagged with provider and media kind.</summary>
    public const string ProviderCost = "videopipeline.provider.cost";

    /// <summary>Tag: the provider name.</summary>
    public const string ProviderTag = "videopipeline.provider";

    /// <summary>Tag: the media kind, lower case (<c>text</c>, <c>image</c>, <c>video</c>, <c>speech</c>, <c>music</c>).</summary>
    public const string MediaKindTag = "videopipeline.media_kind";

    /// <summary>Tag: the outcome of an operation (<c>success</c> or a <see cref="GenerationErrorKind"/> in snake case, or <c>cancelled</c>).</summary>
    public const string OutcomeTag = "videopipeline.outcome";

    /// <summary>Gets every meter and activity source name above, for telemetry registration.</summary>
    public static IReadOnlyList<string> SourceNames { get; } =
        Array.AsReadOnly([Pipeline, Caching, Queueing, Monitoring, Health, Quality, Styles]);
}
