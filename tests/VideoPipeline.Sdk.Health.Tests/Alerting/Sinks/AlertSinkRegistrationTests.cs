using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

public sealed class AlertSinkRegistrationTests
{
    [Fact]
    public void Defaults_RegisterTheLoggingAndInMemorySinks_AndNoWebhook()
    {
        using var provider = Build(builder => builder.AddHealthMonitoring());

        var sinks = provider.GetServices<IAlertSink>().ToList();

        Assert.Single(sinks.OfType<LoggingAlertSink>());
        Assert.Same(provider.GetRequiredService<InMemoryAlertSink>(), Assert.Single(sinks.OfType<InMemoryAlertSink>()));
        Assert.Empty(sinks.OfType<WebhookAlertSink>());
        Assert.DoesNotContain(sinks, sink => sink is IAlertRouter);
        Assert.NotNull(provider.GetService<IAlertRouter>());
    }

    [Fact]
    public void WebhookEndpoint_RegistersTheWebhookSink()
    {
        using var provider = Build(builder => builder.AddHealthMonitoring(options => options.Alerting.Webhook.Endpoint = new Uri("https://alerts.example.com/hooks")));

        var sinks = provider.GetServices<IAlertSink>().ToList();

        Assert.Single(sinks.OfType<WebhookAlertSink>());
        Assert.Single(sinks.OfType<LoggingAlertSink>());
        Assert.Single(sinks.OfType<InMemoryAlertSink>());
    }

    [Fact]
    public void ConfigurationBoundAfterAddHealthMonitoring_ChoosesTheSinks()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["VideoPipeline:Health:Alerting:LogNotifications"] = "false",
                ["VideoPipeline:Health:Alerting:InMemoryCapacity"] = "2",
                ["VideoPipeline:Health:Alerting:Webhook:Endpoint"] = "https://alerts.example.com/hooks",
            })
            .Build();

        using var provider = Build(builder =>
        {
            builder.AddHealthMonitoring();
            builder.Services.AddOptions<HealthMonitorOptions>().Bind(configuration.GetSection(HealthMonitorOptions.SectionName));
        });
        var sinks = provider.GetServices<IAlertSink>().ToList();

        Assert.Empty(sinks.OfType<LoggingAlertSink>());
        Assert.Single(sinks.OfType<WebhookAlertSink>());
        Assert.Equal(3, sinks.Count);
        Assert.Equal(2, CapacityOf(provider.GetRequiredService<InMemoryAlertSink>()));
    }

    [Fact]
    public void IntegratorSinks_RegisteredBeforeOrAfter_AreAmongTheSinks()
    {
        var before = new RecordingSink();
        var after = new RecordingSink();

        using var provider = Build(builder =>
        {
            builder.Services.AddSingleton<IAlertSink>(before);
            builder.AddHealthMonitoring();
            builder.Services.AddSingleton<IAlertSink>(after);
        });
        var sinks = provider.GetServices<IAlertSink>().ToList();

        Assert.Contains(before, sinks);
        Assert.Contains(after, sinks);
        Assert.Single(sinks.OfType<LoggingAlertSink>());
        Assert.Single(sinks.OfType<InMemoryAlertSink>());
    }

    [Fact]
    public void AddHealthMonitoringTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddVideoPipeline().AddHealthMonitoring(options => options.Alerting.Webhook.Endpoint = new Uri("https://alerts.example.com/hooks"));
        var twice = new ServiceCollection();
        twice.AddVideoPipeline().AddHealthMonitoring(options => options.Alerting.Webhook.Endpoint = new Uri("https://alerts.example.com/hooks")).AddHealthMonitoring();

        using var provider = twice.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var sinks = provider.GetServices<IAlertSink>().ToList();

        Assert.Equal(once.Count(descriptor => descriptor.ServiceType == typeof(IAlertSink)), twice.Count(descriptor => descriptor.ServiceType == typeof(IAlertSink)));
        Assert.Single(twice, descriptor => descriptor.ImplementationType == typeof(AlertWebhookService));
        Assert.Single(sinks.OfType<LoggingAlertSink>());
        Assert.Single(sinks.OfType<InMemoryAlertSink>());
        Assert.Single(sinks.OfType<WebhookAlertSink>());
    }

    [Fact]
    public async Task ThrowingIntegratorSink_IsResolvable_AndTheOtherSinksStillTakeTheAlert()
    {
        await using var host = SinkHost.Create(_ => { }, services => services.AddSingleton<IAlertSink, ThrowingSink>());
        var alert = TestAlerts.Create(severity: AlertSeverity.Error);

        var sinks = host.Services.GetServices<IAlertSink>().ToList();
        var failures = new List<Exception>();
        foreach (var sink in sinks)
        {
            try
            {
                await sink.SendAsync(alert);
            }
            catch (InvalidOperationException exception)
            {
                failures.Add(exception);
            }
        }

        Assert.Single(sinks.OfType<ThrowingSink>());
        Assert.Equal("The pager is down.", Assert.Single(failures).Message);
        Assert.Same(alert, Assert.Single(host.Services.GetRequiredService<InMemoryAlertSink>().GetNotifications()));
        Assert.Single(host.Logs.GetSnapshot(), record => record.Category == LoggingAlertSink.CategoryName);
    }

    [Fact]
    public async Task NoWebhookEndpoint_TheWebhookServiceStartsAndStops_WithoutPosting()
    {
        await using var host = SinkHost.Create(_ => { });
        await host.StartAsync();

        foreach (var sink in host.Services.GetServices<IAlertSink>())
        {
            await sink.SendAsync(TestAlerts.Create());
        }

        await host.StopAsync(CancellationToken.None);

        Assert.Empty(host.Sums());
        Assert.Empty(host.Services.GetServices<IAlertSink>().OfType<WebhookAlertSink>());
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<AlertWebhookService>());
    }

    private static ServiceProvider Build(Action<IVideoPipelineBuilder> configure)
    {
        var services = new ServiceCollection();
        configure(services.AddVideoPipeline());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static int CapacityOf(InMemoryAlertSink sink)
    {
        for (var index = 0; index < 3; index++)
        {
            sink.SendAsync(TestAlerts.Create(name: $"probe.{index}")).GetAwaiter().GetResult();
        }

        return sink.GetNotifications().Count;
    }

    private sealed class RecordingSink : IAlertSink
    {
        public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    private sealed class ThrowingSink : IAlertSink
    {
        public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The pager is down.");
    }
}
