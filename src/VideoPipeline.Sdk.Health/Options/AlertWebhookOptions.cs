namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Options of the alert webhook: when <see cref="Endpoint"/> is set, every notification is posted to it as JSON through
/// the <see cref="System.Net.Http.IHttpClientFactory"/> client named <see cref="HttpClientName"/>, from a bounded queue,
/// so that a slow or failing endpoint never holds the checks.
/// </summary>
/// <remarks>
/// The body is the alert as JSON with camel-case names, and enums as camel-case strings: <c>name</c>, <c>severity</c>,
/// <c>status</c>, <c>component</c>, <c>summary</c>, <c>description</c>, <c>labels</c> and <c>timestamp</c>. Retry delays and
/// attempt timeouts run on the <see cref="TimeProvider"/> registered in the service collection. A notification that still
/// fails after its retries is logged and counted, never thrown, and the next one is posted.
/// </remarks>
public sealed class AlertWebhookOptions
{
    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the webhook posts with, for adding handlers.</summary>
    public const string HttpClientName = "VideoPipeline.Sdk.Health.AlertWebhook";

    /// <summary>Gets or sets the absolute http or https address notifications are posted to.</summary>
    /// <value>The default is <see langword="null"/>: no webhook.</value>
    public Uri? Endpoint { get; set; }

    /// <summary>Gets or sets how long one post attempt may take.</summary>
    /// <value>The default is 10 seconds; the range is 10 milliseconds to 5 minutes.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many times a failed post (a transport error, a timeout, a 408, 429 or 5xx answer) is
    /// retried, with exponential backoff from <see cref="RetryDelay"/>.</summary>
    /// <value>The default is 3; the range is 0 to 10.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each further retry doubles it.</summary>
    /// <value>The default is 2 seconds; the range is 1 millisecond to 5 minutes.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many notifications wait to be posted; when the queue is full, the oldest is dropped and
    /// counted.</summary>
    /// <value>The default is 1,000; the range is 1 to 100,000.</value>
    public int QueueCapacity { get; set; } = 1_000;
}
