namespace VideoPipeline.Sdk.Monitoring;

/// <summary>What <see cref="IPerformanceMonitor.RecordWebVitals"/> did with a report. Rejected reports are counted on
/// <see cref="VideoPipelineDiagnostics.WebVitalsRejected"/> and never recorded.</summary>
public enum WebVitalsOutcome
{
    /// <summary>The report was recorded.</summary>
    Recorded = 0,

    /// <summary>The name is not one of <c>LCP</c>, <c>INP</c>, <c>CLS</c>, <c>FCP</c>, <c>TTFB</c>, <c>FID</c>.</summary>
    UnknownMetric = 1,

    /// <summary>The value is negative.</summary>
    NegativeValue = 2,

    /// <summary>The value is not a number, infinite, or beyond what a browser can report (more than 5 minutes for a load
    /// metric, 1 minute for a responsiveness metric, or a layout-shift score above 100).</summary>
    ImplausibleValue = 3,

    /// <summary>The device class is not a defined value.</summary>
    UnknownDeviceClass = 4,
}
