namespace VideoPipeline.Sdk.Monitoring;

/// <summary>One user interaction of one component, recorded by <see cref="IPerformanceMonitor.RecordInteraction"/>.</summary>
/// <param name="Name">The interaction, or <c>_OTHER</c> for the overflow series beyond
/// <see cref="MonitoringOptions.MaxSeriesPerInstrument"/>.</param>
/// <param name="Component">The component, or <c>_OTHER</c> for the overflow series.</param>
/// <param name="TotalCount">Interactions since the monitor started.</param>
/// <param name="TotalErrors">Unsuccessful interactions since the monitor started.</param>
/// <param name="Windows">Response times in seconds over each configured window, shortest first.</param>
public sealed record InteractionStatistics(string Name, string Component, long TotalCount, long TotalErrors, IReadOnlyList<WindowStatistics> Windows);
