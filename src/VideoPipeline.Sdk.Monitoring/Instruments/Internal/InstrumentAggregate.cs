using System.Diagnostics.Metrics;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Instruments.Internal;

/// <summary>
/// The series of one instrument the listener aggregates, by tag set, at most <c>maxSeries</c> of them plus an overflow
/// series tagged <c>otel.metric.overflow=true</c> (OpenTelemetry's convention). Lookups of existing series are lock-free
/// and allocation-free; the dictionary is replaced, never changed, when a series is added.
/// </summary>
internal sealed class InstrumentAggregate
{
    private static readonly KeyValuePair<string, object?>[] OverflowTags = [new("otel.metric.overflow", true)];

    private readonly WindowLayout _layout;
    private readonly int _maxSeries;
    private readonly Lock _growth = new();
    private volatile Dictionary<TagSet, InstrumentSeries> _series = new(TagSetComparer.Instance);
    private InstrumentSeries? _overflow;

    public InstrumentAggregate(Instrument instrument, WindowLayout layout, int maxSeries)
    {
        Instrument = instrument;
        Kind = KindOf(instrument);
        _layout = layout;
        _maxSeries = maxSeries;
    }

    public Instrument Instrument { get; }

    public InstrumentKind Kind { get; }

    public void Record(long timestamp, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // A NaN or an infinity would stay in the series' sum (and a counter's total) for good, so it is dropped.
        if (!double.IsFinite(value))
        {
            return;
        }

        var lookup = _series.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>();
        if (!lookup.TryGetValue(tags, out var series))
        {
            // Past the cap, an unknown tag set goes to the overflow series without taking the lock.
            series = lookup.Dictionary.Count >= _maxSeries && Volatile.Read(ref _overflow) is { } overflow ? overflow : Add(tags);
        }

        series.Record(timestamp, value);
    }

    public InstrumentStatistics ToStatistics(long timestamp, HistogramAccumulator accumulator)
    {
        var all = _series.Values.ToList();
        if (Volatile.Read(ref _overflow) is { } overflow)
        {
            all.Add(overflow);
        }

        var series = all.Select(entry => new SeriesStatistics(entry.Tags.Text, entry.Total, entry.Distribution?.ReadWindows(timestamp, accumulator) ?? [])).ToArray();
        return new InstrumentStatistics(Instrument.Meter.Name, Instrument.Name, Instrument.Unit ?? string.Empty, Kind, series);
    }

    private static InstrumentKind KindOf(Instrument instrument)
    {
        var definition = instrument.GetType().GetGenericTypeDefinition();
        return instrument.IsObservable || definition == typeof(Gauge<>) ? InstrumentKind.Gauge
            : definition == typeof(Histogram<>) ? InstrumentKind.Histogram
            : definition == typeof(UpDownCounter<>) ? InstrumentKind.UpDownCounter
            : InstrumentKind.Counter;
    }

    private InstrumentSeries Add(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (_growth)
        {
            var current = _series;
            if (current.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>().TryGetValue(tags, out var series))
            {
                return series;
            }

            if (current.Count >= _maxSeries)
            {
                return _overflow ??= new InstrumentSeries(new TagSet(OverflowTags), Kind, _layout);
            }

            var tagSet = new TagSet(tags);
            series = new InstrumentSeries(tagSet, Kind, _layout);
            _series = new Dictionary<TagSet, InstrumentSeries>(current, TagSetComparer.Instance) { [tagSet] = series };
            return series;
        }
    }
}
