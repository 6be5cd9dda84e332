namespace VideoPipeline.Sdk.Monitoring;

/// <summary>The kind of an aggregated instrument, which says how to read a <see cref="SeriesStatistics"/>.</summary>
public enum InstrumentKind
{
    /// <summary>A <see cref="System.Diagnostics.Metrics.Counter{T}"/>: <see cref="SeriesStatistics.Total"/> is the sum of
    /// every increment, and each window's <see cref="WindowStatistics.Sum"/> the increments in the window.</summary>
    Counter = 0,

    /// <summary>An <see cref="System.Diagnostics.Metrics.UpDownCounter{T}"/>: <see cref="SeriesStatistics.Total"/> is the
    /// current value (the sum of every change).</summary>
    UpDownCounter = 1,

    /// <summary>A <see cref="System.Diagnostics.Metrics.Histogram{T}"/>: the windows hold the distribution of the values and
    /// <see cref="SeriesStatistics.Total"/> is the number of measurements.</summary>
    Histogram = 2,

    /// <summary>A gauge or an observable instrument, read when a snapshot is taken: <see cref="SeriesStatistics.Total"/> is
    /// the last observed value.</summary>
    Gauge = 3,
}
