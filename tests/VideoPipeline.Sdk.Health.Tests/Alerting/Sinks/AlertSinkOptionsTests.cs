using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class AlertSinkOptionsTests
{
    public static TheoryData<Action<AlertingOptions>, string> InvalidOptions => new()
    {
        { options => options.Webhook.Endpoint = new Uri("/hooks/alerts", UriKind.Relative), "VideoPipeline:Health:Alerting:Webhook:Endpoint is /hooks/alerts; it must be an absolute http or https address." },
        { options => options.Webhook.Endpoint = new Uri("ftp://example.com/alerts"), "VideoPipeline:Health:Alerting:Webhook:Endpoint is ftp://example.com/alerts; it must be an absolute http or https address." },
        { options => options.Webhook.MaxRetries = 11, "VideoPipeline:Health:Alerting:Webhook:MaxRetries is 11; it must be between 0 and 10." },
        { options => options.Webhook.MaxRetries = -1, "VideoPipeline:Health:Alerting:Webhook:MaxRetries is -1;" },
        { options => options.Webhook.Timeout = TimeSpan.Zero, "VideoPipeline:Health:Alerting:Webhook:Timeout is 00:00:00;" },
        { options => options.Webhook.Timeout = TimeSpan.FromMilliseconds(9), "VideoPipeline:Health:Alerting:Webhook:Timeout is 00:00:00.0090000;" },
        { options => options.Webhook.RetryDelay = TimeSpan.Zero, "VideoPipeline:Health:Alerting:Webhook:RetryDelay is 00:00:00;" },
        { options => options.Webhook.QueueCapacity = 0, "VideoPipeline:Health:Alerting:Webhook:QueueCapacity is 0;" },
        { options => options.InMemoryCapacity = 0, "VideoPipeline:Health:Alerting:InMemoryCapacity is 0;" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidSinkOptions_StopTheHostAtStart_NamingTheKey(Action<AlertingOptions> configure, string message)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddVideoPipeline().AddHealthMonitoring(options => configure(options.Alerting));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSinkOptions_AreValid()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddVideoPipeline().AddHealthMonitoring();
        using var host = builder.Build();

        var alerting = host.Services.GetRequiredService<IOptions<HealthMonitorOptions>>().Value.Alerting;

        Assert.True(alerting.LogNotifications);
        Assert.Equal(1_000, alerting.InMemoryCapacity);
        Assert.Null(alerting.Webhook.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(10), alerting.Webhook.Timeout);
        Assert.Equal(3, alerting.Webhook.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(2), alerting.Webhook.RetryDelay);
        Assert.Equal(1_000, alerting.Webhook.QueueCapacity);
    }
}
