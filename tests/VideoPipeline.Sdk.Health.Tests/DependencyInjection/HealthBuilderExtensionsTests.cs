using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Health.DependencyInjection.Internal;

namespace VideoPipeline.Sdk.Health.Tests.DependencyInjection;

public sealed class HealthBuilderExtensionsTests
{
    [Fact]
    public async Task Start_EvaluatesEveryComponent_AndPublishesTheViewAsAHealthCheck()
    {
        var time = new FakeTimeProvider(HealthHost.Epoch);
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("connection refused"), tags: ["database"]);
        builder.Services.AddVideoPipeline()
            .AddHealthMonitoring(options => options.Components["database"] = new ComponentOptions { Critical = true })
            .RegisterHealthChecker("cache", ComponentKind.Cache, _ => ValueTask.FromResult(ComponentCheckResult.Healthy));
        using var host = builder.Build();
        await host.StartAsync();

        var report = host.Services.GetRequiredService<IHealthMonitor>().GetLatestReport();
        var published = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == HealthMonitorOptions.HealthCheckName);
        await host.StopAsync();

        Assert.Equal(["cache", "database"], report.Components.Select(component => component.Name));
        Assert.Equal(ComponentKind.Database, report.FindComponent("database")!.Kind);
        Assert.Equal(HealthStatus.Unhealthy, report.FindComponent("database")!.Status);
        Assert.Equal("connection refused", report.FindComponent("database")!.Description);
        Assert.Equal(HealthStatus.Healthy, report.FindComponent("cache")!.Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(25, report.Score);
        Assert.Equal(HealthStatus.Unhealthy, published.Status);
    }

    [Fact]
    public async Task AddHealthMonitoring_CalledAgain_RegistersNothingTwice_AndKeepsEveryConfiguration()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring()
            .AddHealthMonitoring(options => options.HistorySize = 5)
            .AddHealthMonitoring(options => options.CriticalDownScoreCap = 10)
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync)
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));

        var registrations = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        var options = host.Services.GetRequiredService<IOptions<HealthMonitorOptions>>().Value;

        Assert.Single(registrations, registration => registration.Name == HealthMonitorOptions.HealthCheckName);
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<HealthMonitorService>());
        Assert.Same(host.Monitor, host.Services.GetRequiredService<IHealthMonitor>());
        Assert.Equal(5, options.HistorySize);
        Assert.Equal(10, options.CriticalDownScoreCap);
    }

    [Fact]
    public async Task PublishedCheck_CarriesTheMonitorsTag_ForFilteringEndpoints()
    {
        await using var host = HealthHost.Create();

        var registration = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .Single(registration => registration.Name == HealthMonitorOptions.HealthCheckName);

        Assert.Contains(HealthMonitorOptions.HealthCheckName, registration.Tags);
    }

    [Fact]
    public async Task IntegratorsTimeProvider_IsUsed()
    {
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync));
        host.Time.Advance(TimeSpan.FromDays(3));

        var report = await host.RefreshAsync();

        Assert.Equal(HealthHost.Epoch.AddDays(3), report.Timestamp);
    }

    [Fact]
    public void AddHealthMonitoring_NullArguments_Throw()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => HealthBuilderExtensions.AddHealthMonitoring(null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => builder.AddHealthMonitoring((Action<HealthMonitorOptions>)null!)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => builder.AddHealthMonitoring((IConfigurationSection)null!)).ParamName);
    }
}
