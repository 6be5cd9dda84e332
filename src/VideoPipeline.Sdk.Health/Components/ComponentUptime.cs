namespace VideoPipeline.Sdk.Health;

/// <summary>
/// The share of a component's checks that were not unhealthy (0 to 1) over the last hour, day and 30 days, counted in
/// per-minute, per-hour and per-day buckets, so it costs the same memory however long the host runs. A window without
/// checks is <see cref="double.NaN"/>.
/// </summary>
/// <param name="LastHour">Over the last hour.</param>
/// <param name="LastDay">Over the last 24 hours.</param>
/// <param name="Last30Days">Over the last 30 days.</param>
public sealed record ComponentUptime(double LastHour, double LastDay, double Last30Days);
