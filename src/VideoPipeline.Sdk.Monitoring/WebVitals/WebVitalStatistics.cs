namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// One web vital on one device class over one window, aggregated the way the <c>web-vitals</c> library and Google's
/// Core Web Vitals assessment do: the 75th percentile, rated by the metric's thresholds.
/// </summary>
/// <param name="Metric">The metric's name, upper case (<c>LCP</c>, <c>INP</c>, <c>CLS</c>, <c>FCP</c>, <c>TTFB</c>, <c>FID</c>).</param>
/// <param name="DeviceClass">The device class.</param>
/// <param name="Window">The window's length.</param>
/// <param name="Count">How many reports the window holds.</param>
/// <param name="P75">The 75th percentile in the metric's unit as reported (milliseconds, or the unitless CLS score), or
/// <see cref="double.NaN"/> when the window is empty.</param>
/// <param name="Rating">The rating of <paramref name="P75"/>, or <see langword="null"/> when the window is empty.</param>
public sealed record WebVitalStatistics(string Metric, DeviceClass DeviceClass, TimeSpan Window, long Count, double P75, WebVitalRating? Rating);
