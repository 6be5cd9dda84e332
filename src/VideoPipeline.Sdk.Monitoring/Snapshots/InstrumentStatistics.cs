namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// One instrument of another package's meter (or any meter in <see cref="MonitoringOptions.AggregatedMeters"/>), as the
/// monitor's <see cref="System.Diagnostics.Metrics.MeterListener"/> aggregated it.
/// </summary>
/// <param name="MeterName">The meter, for example <see cref="VideoPipelineDiagnostics.Caching"/>.</param>
/// <param name="InstrumentName">The instrument, for example <see cref="VideoPipelineDiagnostics.CacheRequests"/>.</param>
/// <param name="Unit">The instrument's unit, or an empty string.</param>
/// <param name="Kind">What kind of instrument it is, which says how to read its series.</param>
/// <param name="Series">One entry per distinct tag set, at most <see cref="MonitoringOptions.MaxSeriesPerInstrument"/>
/// plus one overflow series tagged <c>otel.metric.overflow=true</c>.</param>
public sealed record InstrumentStatistics(string MeterName, string InstrumentName, string Unit, InstrumentKind Kind, IReadOnlyList<SeriesStatistics> Series);
