namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// One metric as the browser's <c>web-vitals</c> library reports it: <c>{ name, value }</c>, with the device class the
/// page ran on. Bind the library's JSON to it directly; other fields of the library's object are ignored.
/// </summary>
public sealed record WebVitalsReport
{
    /// <summary>Gets the metric's name: <c>LCP</c>, <c>INP</c>, <c>CLS</c>, <c>FCP</c>, <c>TTFB</c>, or <c>FID</c> (legacy).
    /// Case-insensitive.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the value: milliseconds for every metric but <c>CLS</c>, which is a unitless layout-shift score.</summary>
    public required double Value { get; init; }

    /// <summary>Gets the class of device the page ran on.</summary>
    /// <value>The default is <see cref="DeviceClass.Unknown"/>.</value>
    public DeviceClass DeviceClass { get; init; }
}
