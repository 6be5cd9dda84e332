using System.Diagnostics;
using System.Diagnostics.Metrics;
using VideoPipeline.Sdk.Monitoring.WebVitals.Internal;

namespace VideoPipeline.Sdk.Monitoring.Diagnostics.Internal;

/// <summary>
/// The Monitoring package's instruments, on the <see cref="VideoPipelineDiagnostics.Monitoring"/> meter created through
/// <see cref="IMeterFactory"/>, and its activity source. Tag values are capped by the monitor's series tables or come
/// from fixed tables, so series stay bounded.
/// </summary>
internal sealed class MonitoringMetrics : IDisposable
{
    public MonitoringMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Monitoring);
        ApiCallDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.ApiCallDuration, "s", "Duration of tracked API calls.");
        InteractionDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.InteractionDuration, "s", "Response time of user interactions.");
        WebVitalsRejected = meter.CreateCounter<long>(VideoPipelineDiagnostics.WebVitalsRejected, "{report}", "Web-vitals reports rejected and not recorded.");
        Alerts = meter.CreateCounter<long>(VideoPipelineDiagnostics.MonitoringAlerts, "{alert}", "Alerts raised by the monitor's anomaly and trend detectors.");
        WebVitalHistograms = [.. WebVitalDefinition.All.Select(definition =>
            meter.CreateHistogram<double>(definition.InstrumentName, definition.Unit, $"{definition.Name} reported by browsers."))];
    }

    public ActivitySource ActivitySource { get; } = new(VideoPipelineDiagnostics.Monitoring);

    public Histogram<double> ApiCallDuration { get; }

    public Histogram<double> InteractionDuration { get; }

    public Counter<long> WebVitalsRejected { get; }

    public Counter<long> Alerts { get; }

    /// <summary>Gets the web-vitals histograms, in the order of <see cref="WebVitalDefinition.All"/>.</summary>
    public Histogram<double>[] WebVitalHistograms { get; }

    public void Dispose() => ActivitySource.Dispose();
}
