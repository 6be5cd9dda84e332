using System.Diagnostics.Metrics;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Instruments.Internal;

/// <summary>
/// Aggregates the instruments of the meters named in <see cref="MonitoringOptions.AggregatedMeters"/> (by default the
/// other VideoPipeline.Sdk packages) through a <see cref="MeterListener"/>, so one snapshot shows cache, queue and provider
/// figures without the packages referencing each other. Observable instruments are read when a snapshot is taken.
/// </summary>
internal sealed class MeterAggregator : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly HashSet<string> _meters;
    private readonly WindowLayout _layout;
    private readonly int _maxSeries;
    private readonly TimeProvider _timeProvider;
    private readonly IMeterFactory _meterFactory;
    private readonly Lock _instrumentsLock = new();
    private readonly List<InstrumentAggregate> _instruments = [];

    public MeterAggregator(IEnumerable<string> meters, WindowLayout layout, int maxSeries, TimeProvider timeProvider, IMeterFactory meterFactory)
    {
        _meterFactory = meterFactory;
        _meters = new HashSet<string>(meters, StringComparer.Ordinal);
        _layout = layout;
        _maxSeries = maxSeries;
        _timeProvider = timeProvider;
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.MeasurementsCompleted = OnMeasurementsCompleted;
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => ((Recorder)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => ((Recorder)state!).Record((double)value, tags));
        _listener.Start();
    }

    /// <summary>Reads the observable instruments, then every aggregated instrument, ordered by meter and name.</summary>
    public IReadOnlyList<InstrumentStatistics> Read(HistogramAccumulator accumulator)
    {
        _listener.RecordObservableInstruments();
        InstrumentAggregate[] instruments;
        lock (_instrumentsLock)
        {
            instruments = [.. _instruments];
        }

        var timestamp = _timeProvider.GetTimestamp();
        return [.. instruments
            .OrderBy(instrument => instrument.Instrument.Meter.Name, StringComparer.Ordinal)
            .ThenBy(instrument => instrument.Instrument.Name, StringComparer.Ordinal)
            .Select(instrument => instrument.ToStatistics(timestamp, accumulator))];
    }

    /// <summary>Reads the observable instruments, so gauges are current before detectors look at them.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        // A meter made by another container's factory belongs to another host (tests run many in one process).
        var scope = instrument.Meter.Scope;
        if (!_meters.Contains(instrument.Meter.Name) || (scope is IMeterFactory && !ReferenceEquals(scope, _meterFactory)))
        {
            return;
        }

        var aggregate = new InstrumentAggregate(instrument, _layout, _maxSeries);
        lock (_instrumentsLock)
        {
            _instruments.Add(aggregate);
        }

        listener.EnableMeasurementEvents(instrument, new Recorder(aggregate, _timeProvider));
    }

    private void OnMeasurementsCompleted(Instrument instrument, object? state)
    {
        if (state is Recorder recorder)
        {
            lock (_instrumentsLock)
            {
                _instruments.Remove(recorder.Aggregate);
            }
        }
    }

    /// <summary>The listener's per-instrument state: where a measurement goes, and the clock it is stamped with.</summary>
    private sealed class Recorder(InstrumentAggregate aggregate, TimeProvider timeProvider)
    {
        public InstrumentAggregate Aggregate { get; } = aggregate;

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            Aggregate.Record(timeProvider.GetTimestamp(), value, tags);
    }
}
