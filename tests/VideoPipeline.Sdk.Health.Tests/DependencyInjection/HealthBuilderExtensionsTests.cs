using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests;

public sealed class HealthMonitorSmokeTests
{
    [Fact]
    public async Task Start_EvaluatesEveryComponent_AndPublishesTheViewAsAHealthCheck()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
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
}
