namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Tracks API calls, user interactions and web vitals on <see cref="System.Diagnostics.Metrics"/> instruments (so
/// OpenTelemetry exports them with no extra code), keeps windowed percentiles of them in bounded memory, and answers one
/// snapshot that also holds the process's resource use and the other VideoPipeline.Sdk packages' instruments.
/// </summary>
/// <remarks>Thread-safe. Recording allocates nothing once a series exists.</remarks>
public interface IPerformanceMonitor
{
    /// <summary>
    /// Runs an API call, timing it and recording its duration, outcome and error class (an HTTP status code, a
    /// <see cref="GenerationErrorKind"/>, <c>timeout</c>, or the exception's type) under an activity, and returns its result.
    /// An exception from the call is rethrown unchanged; a failed <see cref="System.Net.Http.HttpResponseMessage"/> is
    /// returned and recorded as a failure with its status code.
    /// </summary>
    /// <typeparam name="TResult">The call's result.</typeparam>
    /// <param name="endpoint">The endpoint, as a template without ids, for example <c>/v1/images</c>. Endpoints beyond
    /// <see cref="MonitoringOptions.MaxSeriesPerInstrument"/> are recorded as <c>_OTHER</c>.</param>
    /// <param name="method">The HTTP method, for example <c>POST</c> (case-insensitive; other verbs are recorded as <c>_OTHER</c>).</param>
    /// <param name="apiCall">The call, given <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">A token passed to the call. A call that ends with
    /// <see cref="OperationCanceledException"/> after it is cancelled is recorded as cancelled, not as a failure.</param>
    /// <returns>The call's result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> or <paramref name="method"/> is empty or white space.</exception>
    ValueTask<TResult> TrackApiCallAsync<TResult>(string endpoint, string method, Func<CancellationToken, ValueTask<TResult>> apiCall, CancellationToken cancellationToken = default);

    /// <summary>Records one user interaction (a click, a submission, a view) and how long the interface took to respond.</summary>
    /// <param name="name">The interaction, for example <c>generate-clicked</c>. Bounded like endpoints.</param>
    /// <param name="component">The component it happened in, for example <c>storyboard-editor</c>.</param>
    /// <param name="responseTime">How long the interface took to respond.</param>
    /// <param name="success">Whether the interaction achieved what the user asked.</param>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="responseTime"/> is negative.</exception>
    void RecordInteraction(string name, string component, TimeSpan responseTime, bool success);

    /// <summary>
    /// Records one web-vitals report from a browser, rated by the <c>web-vitals</c> library's thresholds and aggregated at the
    /// 75th percentile per metric and device class. A report with a missing or unknown name or a negative or implausible value is
    /// not recorded: it is counted on <see cref="VideoPipelineDiagnostics.WebVitalsRejected"/> and the reason is returned,
    /// since reports come from untrusted clients and must not throw.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>Whether the report was recorded, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    WebVitalsOutcome RecordWebVitals(WebVitalsReport report);

    /// <summary>Reads everything the monitor knows now. Allocates the snapshot; meant for dashboards, not hot paths.</summary>
    /// <returns>The snapshot.</returns>
    MonitoringSnapshot GetSnapshot();
}
