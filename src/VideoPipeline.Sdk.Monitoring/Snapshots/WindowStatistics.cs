namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// A series' measurements over one recent window, read from a mergeable histogram: percentiles are within 3.2% of the
/// exact values. Values are in the series' unit (seconds for durations). The window slides in steps of one sixth of its
/// length, so it covers between five sixths of <see cref="Window"/> and all of it.
/// </summary>
/// <param name="Window">The window's length.</param>
/// <param name="Count">How many measurements the window holds.</param>
/// <param name="Errors">How many of them were failures (for API calls and interactions; zero for other series).</param>
/// <param name="Sum">The sum of the measured values.</param>
/// <param name="P50">The median, or <see cref="double.NaN"/> when the window is empty.</param>
/// <param name="P75">The 75th percentile, or <see cref="double.NaN"/> when the window is empty.</param>
/// <param name="P95">The 95th percentile, or <see cref="double.NaN"/> when the window is empty.</param>
/// <param name="P99">The 99th percentile, or <see cref="double.NaN"/> when the window is empty.</param>
public sealed record WindowStatistics(TimeSpan Window, long Count, long Errors, double Sum, double P50, double P75, double P95, double P99)
{
    /// <summary>Gets the share of failures (0 to 1), or 0 when the window is empty.</summary>
    public double ErrorRate => Count == 0 ? 0 : (double)Errors / Count;

    /// <summary>Gets the mean value, or <see cref="double.NaN"/> when the window is empty.</summary>
    public double Mean => Count == 0 ? double.NaN : Sum / Count;
}
