using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Instruments.Internal;

/// <summary>One tag set of an aggregated instrument: its windows and its running figure (see <see cref="InstrumentKind"/>).</summary>
internal sealed class InstrumentSeries(TagSet tags, InstrumentKind kind, WindowLayout layout)
{
    private double _value;

    public TagSet Tags { get; } = tags;

    public WindowedDistribution? Distribution { get; } = kind == InstrumentKind.Gauge ? null : new(layout, exactSums: true);

    public double Total => Distribution is { } distribution && kind == InstrumentKind.Histogram
        ? distribution.TotalCount
        : Volatile.Read(ref _value);

    public void Record(long timestamp, double value)
    {
        if (Distribution is null)
        {
            Volatile.Write(ref _value, value);
            return;
        }

        Distribution.Record(timestamp, value, error: false);
        if (kind != InstrumentKind.Histogram)
        {
            AtomicDouble.Add(ref _value, value);
        }
    }
}
