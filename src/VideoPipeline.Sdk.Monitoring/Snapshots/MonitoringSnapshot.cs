namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Everything the monitor knows at one moment, for dashboards: tracked API calls and interactions, web vitals, the latest
/// resource sample, and the instruments of the other packages' meters.
/// </summary>
/// <param name="Timestamp">When the snapshot was taken.</param>
/// <param name="Endpoints">Tracked API calls by endpoint and method.</param>
/// <param name="Interactions">User interactions by name and component.</param>
/// <param name="WebVitals">Web vitals by metric, device class and window, for every metric and device class with reports.</param>
/// <param name="RejectedWebVitals">Web-vitals reports rejected since the monitor started.</param>
/// <param name="Resources">The latest resource sample.</param>
/// <param name="Instruments">The aggregated instruments, ordered by meter and name.</param>
public sealed record MonitoringSnapshot(
    DateTimeOffset Timestamp,
    IReadOnlyList<ApiEndpointStatistics> Endpoints,
    IReadOnlyList<InteractionStatistics> Interactions,
    IReadOnlyList<WebVitalStatistics> WebVitals,
    long RejectedWebVitals,
    ResourceUsage Resources,
    IReadOnlyList<InstrumentStatistics> Instruments)
{
    /// <summary>Gets an aggregated instrument by name, or <see langword="null"/> when it has not published yet.</summary>
    /// <param name="instrumentName">The instrument's name, for example <see cref="VideoPipelineDiagnostics.QueueJobs"/>.</param>
    /// <returns>The instrument, or <see langword="null"/>.</returns>
    public InstrumentStatistics? FindInstrument(string instrumentName) =>
        Instruments.FirstOrDefault(instrument => string.Equals(instrument.InstrumentName, instrumentName, StringComparison.Ordinal));
}
