using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class LoggingAlertSinkTests
{
    [Theory]
    [InlineData(AlertSeverity.Info, AlertStatus.Firing, LogLevel.Information)]
    [InlineData(AlertSeverity.Warning, AlertStatus.Firing, LogLevel.Warning)]
    [InlineData(AlertSeverity.Error, AlertStatus.Firing, LogLevel.Error)]
    [InlineData(AlertSeverity.Critical, AlertStatus.Firing, LogLevel.Critical)]
    [InlineData(AlertSeverity.Critical, AlertStatus.Resolved, LogLevel.Information)]
    [InlineData(AlertSeverity.Warning, AlertStatus.Resolved, LogLevel.Information)]
    public async Task SendAsync_LogsAtTheLevelOfTheSeverity_AndResolvedAtInformation(AlertSeverity severity, AlertStatus status, LogLevel level)
    {
        await using var host = SinkHost.Create(_ => { });

        await host.Sink<LoggingAlertSink>().SendAsync(TestAlerts.Create(severity: severity, status: status));

        var record = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Category == "VideoPipeline.Sdk.Health.Alerts");
        Assert.Equal(level, record.Level);
        Assert.Equal(30, record.Id.Id);
    }

    [Fact]
    public async Task SendAsync_WritesTheAlertAsStructuredFields()
    {
        await using var host = SinkHost.Create(_ => { });

        await host.Sink<LoggingAlertSink>().SendAsync(TestAlerts.Create(name: "provider.errors.high", severity: AlertSeverity.Error, component: "openai"));

        var record = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Category == "VideoPipeline.Sdk.Health.Alerts");
        Assert.Equal("provider.errors.high", record.GetStructuredStateValue("AlertName"));
        Assert.Equal("Firing", record.GetStructuredStateValue("AlertStatus"));
        Assert.Equal("Error", record.GetStructuredStateValue("AlertSeverity"));
        Assert.Equal("openai", record.GetStructuredStateValue("Component"));
        Assert.Equal("openai: provider.errors.high", record.GetStructuredStateValue("Summary"));
        Assert.Equal("provider=synthetic, region=eu", record.GetStructuredStateValue("Labels"));
        Assert.Contains("provider.errors.high", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoLabels_LogsAnEmptyLabelsField()
    {
        await using var host = SinkHost.Create(_ => { });

        await host.Sink<LoggingAlertSink>().SendAsync(new Alert("disk.full", AlertSeverity.Critical, "storage", "Disk full.", TestAlerts.Timestamp));

        var record = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Category == "VideoPipeline.Sdk.Health.Alerts");
        Assert.Equal(string.Empty, record.GetStructuredStateValue("Labels"));
    }

    [Fact]
    public async Task SendAsync_NullAlert_Throws()
    {
        await using var host = SinkHost.Create(_ => { });

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Sink<LoggingAlertSink>().SendAsync(null!).AsTask());

        Assert.Equal("alert", error.ParamName);
    }

    [Fact]
    public async Task LogNotificationsOff_RegistersNoLoggingSink_AndNothingIsLogged()
    {
        await using var host = SinkHost.Create(options => options.Alerting.LogNotifications = false);

        var sinks = host.Services.GetServices<IAlertSink>().ToList();
        foreach (var sink in sinks)
        {
            await sink.SendAsync(TestAlerts.Create(severity: AlertSeverity.Critical));
        }

        Assert.DoesNotContain(sinks, sink => sink is LoggingAlertSink);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), entry => entry.Category == "VideoPipeline.Sdk.Health.Alerts");
        Assert.Equal(1, host.Services.GetRequiredService<InMemoryAlertSink>().ReceivedCount);
    }
}
