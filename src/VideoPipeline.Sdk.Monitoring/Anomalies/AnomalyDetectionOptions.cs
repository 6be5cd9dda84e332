namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Options of the monitor's anomaly detection, bound from <c>VideoPipeline:Monitoring:Anomalies</c>. On every sample the
/// monitor feeds its series (see <see cref="MonitoredSeries"/>) to a <see cref="LevelShiftDetector"/> each, and the series
/// named in <see cref="Trends"/> to a <see cref="TrendDetector"/>, and raises <see cref="Alert"/>s to the
/// <see cref="IAlertRouter"/> (the Health package's), or without one to every registered <see cref="IAlertSink"/>:
/// <c>monitoring.anomaly</c> (severity <see cref="AlertSeverity.Warning"/>: a statistical change
/// is worth a look, not proof of a failure) and <c>monitoring.prediction</c> (<see cref="AlertSeverity.Warning"/>), each
/// resolved when its condition clears.
/// </summary>
/// <remarks>
/// Besides <see cref="LevelShiftDetectorOptions.MinimumChange"/>, each series has a floor under which a change is never an
/// anomaly, so an idle process does not alert on noise: 0.05 for utilizations, ratios and error rates, 50 milliseconds
/// for latency, and 10 work items for the thread-pool queue.
/// </remarks>
public sealed class AnomalyDetectionOptions
{
    /// <summary>Gets or sets whether the monitor runs its detectors and raises alerts.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets the options of the level-shift detector every monitored series gets.</summary>
    /// <value>The defaults of <see cref="LevelShiftDetectorOptions"/>.</value>
    public LevelShiftDetectorOptions LevelShift { get; } = new();

    /// <summary>
    /// Gets the trend detectors by series name (a <see cref="MonitoredSeries"/> constant); an endpoint series applies to
    /// every endpoint. Remove an entry to stop predicting that series.
    /// </summary>
    /// <value>
    /// The default predicts <see cref="MonitoredSeries.MemoryUtilization"/> and <see cref="MonitoredSeries.CpuUtilization"/>
    /// crossing 0.9 upward within 30 minutes (the other defaults of <see cref="TrendDetectorOptions"/>).
    /// </value>
    public IDictionary<string, TrendDetectorOptions> Trends { get; } = new Dictionary<string, TrendDetectorOptions>(StringComparer.Ordinal)
    {
        [MonitoredSeries.MemoryUtilization] = new() { Threshold = 0.9 },
        [MonitoredSeries.CpuUtilization] = new() { Threshold = 0.9 },
    };
}
