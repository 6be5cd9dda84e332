namespace VideoPipeline.Sdk.Monitoring;

/// <summary>A web vital's rating by the <c>web-vitals</c> library's thresholds.</summary>
public enum WebVitalRating
{
    /// <summary>At or below the "good" threshold (LCP 2.5 s, INP 200 ms, CLS 0.1, FCP 1.8 s, TTFB 0.8 s, FID 100 ms).</summary>
    Good = 0,

    /// <summary>Above "good", at or below "poor" (LCP 4 s, INP 500 ms, CLS 0.25, FCP 3 s, TTFB 1.8 s, FID 300 ms).</summary>
    NeedsImprovement = 1,

    /// <summary>Above the "poor" threshold.</summary>
    Poor = 2,
}
