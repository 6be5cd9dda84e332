namespace VideoPipeline.Sdk.Monitoring.WebVitals.Internal;

/// <summary>
/// A web vital the monitor accepts: its thresholds from the <c>web-vitals</c> library (in the reported unit), the largest
/// value a browser can plausibly report, and how the reported value converts to the instrument's unit.
/// </summary>
internal sealed record WebVitalDefinition(string Name, string InstrumentName, string Unit, double Good, double Poor, double Implausible, double ToInstrumentUnit)
{
    public static readonly WebVitalDefinition[] All =
    [
        new("LCP", VideoPipelineDiagnostics.WebVitalsLargestContentfulPaint, "s", 2500, 4000, 300_000, 0.001),
        new("INP", VideoPipelineDiagnostics.WebVitalsInteractionToNextPaint, "s", 200, 500, 60_000, 0.001),
        new("CLS", VideoPipelineDiagnostics.WebVitalsCumulativeLayoutShift, "1", 0.1, 0.25, 100, 1),
        new("FCP", VideoPipelineDiagnostics.WebVitalsFirstContentfulPaint, "s", 1800, 3000, 300_000, 0.001),
        new("TTFB", VideoPipelineDiagnostics.WebVitalsTimeToFirstByte, "s", 800, 1800, 300_000, 0.001),
        new("FID", VideoPipelineDiagnostics.WebVitalsFirstInputDelay, "s", 100, 300, 60_000, 0.001),
    ];

    /// <summary>Gets the index in <see cref="All"/> of a metric by name (case-insensitive), or -1.</summary>
    public static int IndexOf(string? name)
    {
        for (var index = 0; index < All.Length; index++)
        {
            if (string.Equals(All[index].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    public WebVitalRating Rate(double value) =>
        value <= Good ? WebVitalRating.Good : value <= Poor ? WebVitalRating.NeedsImprovement : WebVitalRating.Poor;
}
