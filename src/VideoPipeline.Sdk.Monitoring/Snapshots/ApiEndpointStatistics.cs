namespace VideoPipeline.Sdk.Monitoring;

/// <summary>The calls to one endpoint with one method, tracked by <see cref="IPerformanceMonitor.TrackApiCallAsync{TResult}"/>.</summary>
/// <param name="Endpoint">The endpoint, or <c>_OTHER</c> for the overflow series that collects endpoints beyond
/// <see cref="MonitoringOptions.MaxSeriesPerInstrument"/>.</param>
/// <param name="Method">The normalized method (<c>GET</c>, <c>POST</c>, ..., or <c>_OTHER</c>).</param>
/// <param name="TotalCount">Calls since the monitor started.</param>
/// <param name="TotalErrors">Failed calls since the monitor started.</param>
/// <param name="Windows">Durations in seconds over each configured window, shortest first.</param>
public sealed record ApiEndpointStatistics(string Endpoint, string Method, long TotalCount, long TotalErrors, IReadOnlyList<WindowStatistics> Windows);
