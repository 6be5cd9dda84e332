using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Benchmarks.Monitoring;

/// <summary>
/// A <see cref="MeterListener"/> on the named <see cref="double"/> instruments that adds up every value it receives, as an
/// exporter's aggregation would, so that recording on them is not the no-op it is without a listener.
/// </summary>
internal sealed class SummingListener : IDisposable
{
    private readonly MeterListener _listener;
    private double _sum;

    public SummingListener(params string[] instrumentNames)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrumentNames.Contains(instrument.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _sum += value);
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();
}
