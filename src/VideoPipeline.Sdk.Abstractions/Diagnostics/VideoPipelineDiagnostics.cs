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

    /// <summary>
    /// Counter of prompt-cache lookups (<c>{request}</c>), tagged with media kind and outcome (<c>exact_hit</c>,
    /// <c>semantic_hit</c>, <c>miss</c>).
    /// </summary>
    public const string CacheRequests = "videopipeline.cache.requests";

    /// <summary>Counter of provider money the prompt cache saved, in US dollars (<c>{USD}</c>), tagged with media kind.</summary>
    public const string CacheCostSaved = "videopipeline.cache.cost_saved";

    /// <summary>Counter of provider time the prompt cache saved, in seconds (<c>s</c>), tagged with media kind.</summary>
    public const string CacheTimeSaved = "videopipeline.cache.time_saved";

    /// <summary>Observable gauge of bytes held (<c>By</c>), tagged with the tier (<c>memory</c> or <c>media</c>).</summary>
    public const string CacheBytes = "videopipeline.cache.bytes";

    /// <summary>Counter of bytes the media store did not write because the same content was already stored (<c>By</c>).</summary>
    public const string CacheDeduplicatedBytes = "videopipeline.cache.deduplicated_bytes";

    /// <summary>Counter of entries evicted to stay within a byte budget (<c>{entry}</c>), tagged with the tier.</summary>
    public const string CacheEvictions = "videopipeline.cache.evictions";

    /// <summary>Histogram of compressed size divided by original size (<c>1</c>) of each payload the cache compressed.</summary>
    public const string CacheCompressionRatio = "videopipeline.cache.compression.ratio";

    /// <summary>
    /// Counter of stored payloads that could not be used (<c>{payload}</c>) and were treated as misses, tagged with the tier
    /// and the outcome (<c>corrupt</c> or <c>missing</c>).
    /// </summary>
    public const string CacheReadErrors = "videopipeline.cache.read_errors";

    /// <summary>Tag: the cache tier (<c>memory</c>, <c>distributed</c> or <c>media</c>).</summary>
    public const string CacheTierTag = "videopipeline.cache.tier";

    /// <summary>
    /// Counter of jobs that reached a final state (<c>{job}</c>), tagged with job type, priority and outcome
    /// (<c>succeeded</c>, <c>failed</c>, <c>cancelled</c>, <c>dead_lettered</c>).
    /// </summary>
    public const string QueueJobs = "videopipeline.queue.jobs";

    /// <summary>Counter of retries scheduled after transient failures (<c>{retry}</c>), tagged with job type.</summary>
    public const string QueueRetries = "videopipeline.queue.retries";

    /// <summary>Histogram of how long jobs waited between ready and running, in seconds (<c>s</c>), tagged with priority.</summary>
    public const string QueueWaitDuration = "videopipeline.queue.wait.duration";

    /// <summary>Histogram of how long attempts ran, in seconds (<c>s</c>), tagged with job type and outcome.</summary>
    public const string QueueRunDuration = "videopipeline.queue.run.duration";

    /// <summary>Observable gauge of jobs that are not final (<c>{job}</c>), tagged with state and priority.</summary>
    public const string QueueDepth = "videopipeline.queue.depth";

    /// <summary>Observable gauge of each budget's use divided by its limit (<c>1</c>), tagged with budget kind and name.</summary>
    public const string QueueBudgetUtilization = "videopipeline.queue.budget.utilization";

    /// <summary>Tag: the job type (job types are the registered handlers, so the set is bounded).</summary>
    public const string JobTypeTag = "videopipeline.job.type";

    /// <summary>Tag: the job priority, lower case (<c>urgent</c>, <c>high</c>, <c>medium</c>, <c>low</c>).</summary>
    public const string JobPriorityTag = "videopipeline.job.priority";

    /// <summary>Tag: the job state, snake case (<c>pending</c>, <c>blocked</c>, <c>scheduled</c>, <c>running</c>).</summary>
    public const string JobStateTag = "videopipeline.job.state";

    /// <summary>Tag: the budget kind, snake case (<c>concurrency</c>, <c>job_type_concurrency</c>, <c>memory</c>,
    /// <c>cost_per_hour</c>, <c>connection_pool</c>).</summary>
    public const string BudgetKindTag = "videopipeline.budget.kind";

    /// <summary>Tag: the budget name (a job type or a connection pool), empty for global budgets.</summary>
    public const string BudgetNameTag = "videopipeline.budget.name";

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
