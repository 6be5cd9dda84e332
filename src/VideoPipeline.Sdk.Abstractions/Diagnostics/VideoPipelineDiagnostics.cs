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

    /// <summary>
    /// Histogram of tracked API calls' durations in seconds (<c>s</c>), tagged with endpoint, method, outcome
    /// (<c>success</c>, <c>failure</c>, <c>cancelled</c>) and, for failures, the error type.
    /// </summary>
    public const string ApiCallDuration = "videopipeline.api.duration";

    /// <summary>Histogram of user interactions' response times in seconds (<c>s</c>), tagged with interaction, component and
    /// outcome (<c>success</c> or <c>failure</c>).</summary>
    public const string InteractionDuration = "videopipeline.interaction.duration";

    /// <summary>Histogram of Largest Contentful Paint in seconds (<c>s</c>), tagged with device class and rating.</summary>
    public const string WebVitalsLargestContentfulPaint = "videopipeline.web_vitals.lcp";

    /// <summary>Histogram of Interaction to Next Paint in seconds (<c>s</c>), tagged with device class and rating.</summary>
    public const string WebVitalsInteractionToNextPaint = "videopipeline.web_vitals.inp";

    /// <summary>Histogram of Cumulative Layout Shift scores (<c>1</c>), tagged with device class and rating.</summary>
    public const string WebVitalsCumulativeLayoutShift = "videopipeline.web_vitals.cls";

    /// <summary>Histogram of First Contentful Paint in seconds (<c>s</c>), tagged with device class and rating.</summary>
    public const string WebVitalsFirstContentfulPaint = "videopipeline.web_vitals.fcp";

    /// <summary>Histogram of Time to First Byte in seconds (<c>s</c>), tagged with device class and rating.</summary>
    public const string WebVitalsTimeToFirstByte = "videopipeline.web_vitals.ttfb";

    /// <summary>Histogram of First Input Delay (legacy) in seconds (<c>s</c>), tagged with device class and rating.</summary>
    public const string WebVitalsFirstInputDelay = "videopipeline.web_vitals.fid";

    /// <summary>
    /// Counter of web-vitals reports rejected and not recorded (<c>{report}</c>), tagged with the outcome
    /// (<c>unknown_metric</c>, <c>negative_value</c>, <c>implausible_value</c>, <c>unknown_device_class</c>).
    /// </summary>
    public const string WebVitalsRejected = "videopipeline.web_vitals.rejected";

    /// <summary>
    /// Histogram of the durations of tracked job steps that started and finished, in seconds (<c>s</c>), tagged with the step
    /// type (capped; the overflow is <c>_OTHER</c>) and outcome (<c>success</c>, <c>failure</c>, <c>cancelled</c>).
    /// </summary>
    public const string ProgressStepDuration = "videopipeline.progress.step.duration";

    /// <summary>
    /// Counter of alerts the monitor's detectors raised (<c>{alert}</c>), tagged with the alert name
    /// (<c>monitoring.anomaly</c>, <c>monitoring.prediction</c>) and status (<c>firing</c>, <c>resolved</c>).
    /// </summary>
    public const string MonitoringAlerts = "videopipeline.monitoring.alerts";

    /// <summary>Observable gauge of the overall health score, 0 to 100 (<c>1</c>).</summary>
    public const string HealthScore = "videopipeline.health.score";

    /// <summary>Observable gauge of each component's status (<c>1</c>): 2 healthy, 1 degraded, 0 unhealthy; tagged with the component.</summary>
    public const string HealthComponentStatus = "videopipeline.health.component.status";

    /// <summary>Histogram of component health checks' durations in seconds (<c>s</c>), tagged with the component and the
    /// outcome (<c>healthy</c>, <c>degraded</c>, <c>unhealthy</c>).</summary>
    public const string HealthCheckDuration = "videopipeline.health.check.duration";

    /// <summary>Counter of alerts the Health package's router received (<c>{alert}</c>), from the monitor and from other
    /// packages, tagged with the alert name and status (<c>firing</c>, <c>resolved</c>).</summary>
    public const string HealthAlerts = "videopipeline.health.alerts";

    /// <summary>Counter of notifications the Health package's router handed to the alert sinks (<c>{notification}</c>, one
    /// per notification whatever the number of sinks), tagged with the alert name and severity.</summary>
    public const string HealthNotifications = "videopipeline.health.notifications";

    /// <summary>Counter of new alerts the Health package's router dropped because it already tracked its maximum number of
    /// alerts (<c>{alert}</c>), tagged with the alert name.</summary>
    public const string HealthAlertsDropped = "videopipeline.health.alerts.dropped";

    /// <summary>Counter of alert notifications the Health package's webhook handled (<c>{notification}</c>), tagged with the
    /// outcome (<c>delivered</c>; <c>failed</c> after the last retry; <c>dropped</c> from a full queue or at shutdown).</summary>
    public const string HealthWebhookDeliveries = "videopipeline.health.webhook.deliveries";

    /// <summary>Counter of recovery attempts (<c>{attempt}</c>), one per action run, tagged with the component, the action
    /// and the outcome (<c>succeeded</c>, <c>failed</c>, <c>timed_out</c>, <c>dry_run</c>).</summary>
    public const string HealthRecoveryAttempts = "videopipeline.health.recovery.attempts";

    /// <summary>Tag: the endpoint of a tracked API call (bounded by the monitor's series cap; the overflow is <c>_OTHER</c>).</summary>
    public const string EndpointTag = "videopipeline.endpoint";

    /// <summary>Tag: the name of an alert, a stable dotted name such as <c>monitoring.anomaly</c>.</summary>
    public const string AlertNameTag = "videopipeline.alert.name";

    /// <summary>Tag: the status of an alert (<c>firing</c> or <c>resolved</c>).</summary>
    public const string AlertStatusTag = "videopipeline.alert.status";

    /// <summary>Tag: the severity of an alert, lower case (<c>info</c>, <c>warning</c>, <c>error</c>, <c>critical</c>).</summary>
    public const string AlertSeverityTag = "videopipeline.alert.severity";

    /// <summary>Tag: the HTTP method of a tracked API call, OpenTelemetry's <c>http.request.method</c> (<c>_OTHER</c> for
    /// methods outside the standard set).</summary>
    public const string HttpMethodTag = "http.request.method";

    /// <summary>Tag: the class of a failure, OpenTelemetry's <c>error.type</c>: an HTTP status code, a
    /// <see cref="GenerationErrorKind"/> in snake case, <c>timeout</c>, or an exception's type name.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>Tag: the name of a user interaction (bounded by the monitor's series cap).</summary>
    public const string InteractionTag = "videopipeline.interaction";

    /// <summary>Tag: the component a user interaction or an alert concerns.</summary>
    public const string ComponentTag = "videopipeline.component";

    /// <summary>Tag: the name of a recovery action (the actions are registered with the host, so the set is bounded).</summary>
    public const string RecoveryActionTag = "videopipeline.recovery.action";

    /// <summary>Tag: the device class of a web-vitals report (<c>unknown</c>, <c>desktop</c>, <c>mobile</c>, <c>tablet</c>).</summary>
    public const string DeviceClassTag = "videopipeline.device_class";

    /// <summary>Tag: the rating of a web-vitals report (<c>good</c>, <c>needs_improvement</c>, <c>poor</c>).</summary>
    public const string WebVitalsRatingTag = "videopipeline.web_vitals.rating";

    /// <summary>Tag: the type of a tracked job step, for example <c>image</c> (capped by the progress tracker; the overflow is <c>_OTHER</c>).</summary>
    public const string StepTypeTag = "videopipeline.step.type";

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

    /// <summary>Counter of the Quality optimizer's decisions (<c>{decision}</c>), tagged with the content type, the profile
    /// chosen (<c>none</c> when nothing fits) and the outcome (<c>chosen</c> or <c>infeasible</c>).</summary>
    public const string QualityDecisions = "videopipeline.quality.decisions";

    /// <summary>Histogram of the expected cost of the plans the Quality optimizer chose, in US dollars (<c>{USD}</c>), tagged
    /// with the content type and the profile.</summary>
    public const string QualityPlanCost = "videopipeline.quality.plan.cost";

    /// <summary>Counter of feedback given to the Quality optimizer (<c>{feedback}</c>), tagged with the feedback kind
    /// (<c>rating</c>, <c>regenerated</c>, <c>published</c>, <c>downloaded</c>) and the outcome (<c>recorded</c> or
    /// <c>unknown_run</c>).</summary>
    public const string QualityFeedback = "videopipeline.quality.feedback";

    /// <summary>Tag: a content type of the Quality package, lower case (<c>narrative</c>, <c>marketing</c>, …).</summary>
    public const string ContentTypeTag = "videopipeline.content_type";

    /// <summary>Tag: a quality profile, lower case (<c>economy</c>, <c>standard</c>, <c>premium</c>, <c>ultra</c>).</summary>
    public const string QualityProfileTag = "videopipeline.quality.profile";

    /// <summary>Tag: the kind of feedback (<c>rating</c>, <c>regenerated</c>, <c>published</c>, <c>downloaded</c>).</summary>
    public const string FeedbackKindTag = "videopipeline.feedback.kind";

    /// <summary>Tag: the media kind, lower case (<c>text</c>, <c>image</c>, <c>video</c>, <c>speech</c>, <c>music</c>).</summary>
    public const string MediaKindTag = "videopipeline.media_kind";

    /// <summary>Tag: the outcome of an operation: <c>success</c>, <c>failure</c>, <c>cancelled</c>, or for provider calls a
    /// <see cref="GenerationErrorKind"/> in snake case.</summary>
    public const string OutcomeTag = "videopipeline.outcome";

    /// <summary>Gets every meter and activity source name above, for telemetry registration.</summary>
    public static IReadOnlyList<string> SourceNames { get; } =
        Array.AsReadOnly([Pipeline, Caching, Queueing, Monitoring, Health, Quality, Styles]);

    /// <summary>Counter of uses of style templates and presets recorded by the Styles package's usage analytics
    /// (<c>{use}</c>), tagged with the template's category (<c>preset</c> for an id that is not a catalog template).</summary>
    public const string StylesUses = "videopipeline.styles.uses";

    /// <summary>Counter of ratings (1 to 5 stars) of style templates and presets (<c>{rating}</c>), tagged with the category
    /// (<c>preset</c> for an id that is not a catalog template).</summary>
    public const string StylesRatings = "videopipeline.styles.ratings";

    /// <summary>Counter of outcomes of videos made with a style template or preset (<c>{outcome}</c>), tagged with the
    /// category and the outcome (<c>published</c>, <c>regenerated</c>, <c>abandoned</c>).</summary>
    public const string StylesOutcomes = "videopipeline.styles.outcomes";

    /// <summary>Tag: a style category, lower case (<c>cinematic</c>, <c>commercial</c>, <c>artistic</c>, <c>educational</c>,
    /// <c>social</c>, <c>corporate</c>), or <c>preset</c> for an id that is not a catalog template.</summary>
    public const string StyleCategoryTag = "videopipeline.styles.category";
}
