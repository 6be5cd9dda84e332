namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Options of the Monitoring package, bound from the <c>VideoPipeline:Monitoring</c> configuration section. Invalid values
/// stop the host at start with a message that names the key, the value and the allowed range.
/// </summary>
public sealed class MonitoringOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Monitoring</c>.</summary>
    public const string SectionName = "VideoPipeline:Monitoring";

    /// <summary>
    /// Gets the recent windows snapshots report (count, error rate, percentiles). Each window costs one histogram per sixth
    /// of its length per series, and one interlocked increment per measurement.
    /// </summary>
    /// <value>The default is 1 minute, 5 minutes and 1 hour; at most 8 windows, each between 1 second and 1 day.</value>
    public IList<TimeSpan> SnapshotWindows { get; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)];

    /// <summary>
    /// Gets or sets how many distinct series (endpoint and method, interaction and component, or tag set of an aggregated
    /// instrument) one instrument keeps. Measurements beyond it go to one overflow series, so callers that pass unbounded
    /// values (a URL with an id in it) cannot exhaust memory.
    /// </summary>
    /// <value>The default is 200; the range is 1 to 100,000.</value>
    public int MaxSeriesPerInstrument { get; set; } = 200;

    /// <summary>Gets or sets how often the process's resource use is sampled and the detectors are fed.</summary>
    /// <value>The default is 10 seconds; the range is 100 milliseconds to 1 hour.</value>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets the names of the meters whose instruments the monitor aggregates into snapshots through a
    /// <see cref="System.Diagnostics.Metrics.MeterListener"/>. Add an application's own meter names to see them beside the
    /// SDK's. Meters made by another host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/> are ignored.
    /// </summary>
    /// <value>The default is every VideoPipeline.Sdk meter but the Monitoring package's own.</value>
    public IList<string> AggregatedMeters { get; } =
        [.. VideoPipelineDiagnostics.SourceNames.Where(name => name != VideoPipelineDiagnostics.Monitoring)];

    /// <summary>Gets the options of the progress tracker (<see cref="IProgressTracker"/>), bound from <c>VideoPipeline:Monitoring:Progress</c>.</summary>
    public ProgressTrackingOptions Progress { get; } = new();

    /// <summary>
    /// Gets the options of anomaly detection and trend prediction over the monitored series, bound from
    /// <c>VideoPipeline:Monitoring:Anomalies</c>.
    /// </summary>
    /// <value>The defaults of <see cref="AnomalyDetectionOptions"/>: level shifts on every series, predictions for CPU and memory.</value>
    public AnomalyDetectionOptions Anomalies { get; } = new();
}
