using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Health.Alerting.Internal;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class WebhookDropReportTests
{
    [Fact]
    public async Task Drops_AreCountedEachTime_ButLoggedAtMostOnceAMinute_WithTheCountSinceTheLastReport()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var deliveries = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthWebhookDeliveries);
        var time = new FakeTimeProvider();
        var logger = new FakeLogger<WebhookAlertSink>();
        var options = new HealthMonitorOptions();
        options.Alerting.Webhook.QueueCapacity = 1;
        var sink = new WebhookAlertSink(Options.Create(options), new HealthMetrics(meterFactory), time, logger);

        await sink.SendAsync(TestAlerts.Create(name: "kept"));
        await sink.SendAsync(TestAlerts.Create(name: "drops.kept"));          // drop 1: reported at once
        for (var index = 0; index < 4; index++)
        {
            await sink.SendAsync(TestAlerts.Create(name: $"within.minute.{index}"));   // drops 2-5: not reported yet
        }

        var reportsWithinTheMinute = logger.Collector.GetSnapshot().Select(record => record.GetStructuredStateValue("Count")).ToList();
        time.Advance(TimeSpan.FromMinutes(1));
        await sink.SendAsync(TestAlerts.Create(name: "after.a.minute"));     // drop 6: reports drops 2-6

        Assert.Equal(["1"], reportsWithinTheMinute);
        Assert.Equal(["1", "5"], logger.Collector.GetSnapshot().Select(record => record.GetStructuredStateValue("Count")));
        Assert.Equal(6, deliveries.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        Assert.All(deliveries.GetMeasurementSnapshot(), measurement => Assert.Equal("dropped", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]));
        Assert.True(sink.Reader.TryRead(out var queued));
        Assert.Equal("after.a.minute", queued.Name);
    }
}
