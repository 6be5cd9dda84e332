using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class MonitoringMetricsTests
{
    [Fact]
    public async Task TheMonitor_PublishesOnlyItsOwnVideoPipelineInstruments()
    {
        await using var host = await MonitorHost.StartAsync(options => options.SampleInterval = TimeSpan.FromSeconds(1));
        var published = new ConcurrentDictionary<(string Meter, string Instrument), int>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, host.MeterFactory))
                {
                    published.TryAdd((instrument.Meter.Name, instrument.Name), 0);
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        var measured = new ConcurrentDictionary<string, int>();
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => measured.TryAdd(instrument.Name, 0));
        listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => measured.TryAdd(instrument.Name, 0));
        listener.Start();
        host.Services.GetRequiredService<IProgressTracker>();

        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(0));
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: true);
        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "LCP", Value = 1000 });
        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "nope", Value = 1 });
        host.Time.Advance(TimeSpan.FromSeconds(5));
        host.Monitor.GetSnapshot();
        listener.RecordObservableInstruments();

        var monitoring = published.Keys.Where(key => key.Meter == VideoPipelineDiagnostics.Monitoring).Select(key => key.Instrument).ToList();
        Assert.Equal(
            [
                VideoPipelineDiagnostics.ApiCallDuration,
                VideoPipelineDiagnostics.InteractionDuration,
                VideoPipelineDiagnostics.MonitoringAlerts,
                VideoPipelineDiagnostics.ProgressStepDuration,
                VideoPipelineDiagnostics.WebVitalsCumulativeLayoutShift,
                VideoPipelineDiagnostics.WebVitalsFirstContentfulPaint,
                VideoPipelineDiagnostics.WebVitalsFirstInputDelay,
                VideoPipelineDiagnostics.WebVitalsInteractionToNextPaint,
                VideoPipelineDiagnostics.WebVitalsLargestContentfulPaint,
                VideoPipelineDiagnostics.WebVitalsRejected,
                VideoPipelineDiagnostics.WebVitalsTimeToFirstByte,
            ],
            monitoring.Order(StringComparer.Ordinal));
        Assert.All(published.Keys, key => Assert.StartsWith("VideoPipeline.", key.Meter, StringComparison.Ordinal));
        Assert.All(measured.Keys, name => Assert.StartsWith("videopipeline.", name, StringComparison.Ordinal));
        Assert.DoesNotContain(measured.Keys, name => name.Contains("cpu", StringComparison.OrdinalIgnoreCase) || name.Contains("gc", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(
            [VideoPipelineDiagnostics.ApiCallDuration, VideoPipelineDiagnostics.InteractionDuration, VideoPipelineDiagnostics.WebVitalsLargestContentfulPaint, VideoPipelineDiagnostics.WebVitalsRejected],
            measured.Keys.Order(StringComparer.Ordinal));
    }
}
