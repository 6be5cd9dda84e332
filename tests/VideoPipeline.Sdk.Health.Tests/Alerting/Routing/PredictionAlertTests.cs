using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>
/// The monitor's prediction alert. Predictions (<see cref="ComponentMetric.TimeToCritical"/>) come from another part of
/// the package, so these tests hand the raiser a report with one set, the way an evaluation would.
/// </summary>
public sealed class PredictionAlertTests
{
    [Fact]
    public async Task Prediction_MetricWithTimeToCritical_RaisesAWarningOnce_AndResolvesWhenItEnds()
    {
        await using var host = AlertingHost.Create(["queue"]);
        var raiser = host.Services.GetRequiredService<ComponentAlertRaiser>();
        var plain = await host.EvaluateAsync();
        var predicted = plain with
        {
            Components =
            [
                plain.Components[0] with
                {
                    Metrics = [.. plain.Components[0].Metrics.Select(metric => metric.Name == ComponentMetricNames.ErrorRate
                        ? metric with { TimeToCritical = TimeSpan.FromMinutes(12), Threshold = new MetricThreshold { Warning = 0.1, Critical = 0.5 } }
                        : metric)],
                },
            ],
        };

        var raised = raiser.Observe(predicted);
        raiser.Observe(predicted);
        host.Time.Advance(TimeSpan.FromSeconds(30));
        var cleared = raiser.Observe(plain);

        var active = Assert.Single(raised.ActiveAlerts);
        Assert.Equal(HealthAlertNames.Prediction, active.Alert.Name);
        Assert.Equal(AlertSeverity.Warning, active.Alert.Severity);
        Assert.Equal("queue", active.Alert.Component);
        Assert.Equal(ComponentMetricNames.ErrorRate, active.Alert.Labels["metric"]);
        Assert.Equal("error_rate of queue is predicted to cross its critical level in 12 minutes.", active.Alert.Summary);
        Assert.Equal("error_rate is 0 and stable; its critical level is 0.5.", active.Alert.Description);
        Assert.Same(active.Alert, Assert.Single(host.Sink.Alerts));
        Assert.Equal(ActiveAlertState.Resolving, Assert.Single(cleared.ActiveAlerts).State);
        Assert.Equal(2, host.Count(host.Raw));      // raised once while the prediction held, resolved once
    }
}
