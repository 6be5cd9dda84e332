using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Checks;

public sealed class HealthCheckComponentTests
{
    [Theory]
    [InlineData("database", ComponentKind.Database)]
    [InlineData("Cache", ComponentKind.Cache)]
    [InlineData("QUEUE", ComponentKind.Queue)]
    [InlineData("storage", ComponentKind.Storage)]
    [InlineData("generationprovider", ComponentKind.GenerationProvider)]
    [InlineData("apibackend", ComponentKind.ApiBackEnd)]
    [InlineData("webfrontend", ComponentKind.WebFrontEnd)]
    [InlineData("custom", ComponentKind.Custom)]
    [InlineData("live", ComponentKind.Custom)]
    [InlineData("3", ComponentKind.Custom)]
    public async Task HealthCheck_TakesItsKindFromATag(string tag, ComponentKind kind)
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("component", () => HealthCheckResult.Healthy(), tags: [tag]));

        var component = await host.RefreshAsync("component");

        Assert.Equal(kind, component.Kind);
    }

    [Fact]
    public async Task HealthCheck_WithSeveralTags_TakesTheKindOfTheOneThatNamesAKind()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("media", () => HealthCheckResult.Healthy(), tags: ["live", "ready", "storage"]));

        var component = await host.RefreshAsync("media");

        Assert.Equal(ComponentKind.Storage, component.Kind);
        Assert.Equal(2, component.Weight);
    }

    [Fact]
    public async Task HealthCheck_NumericData_BecomeMetrics_AndOtherDataIsIgnored()
    {
        var data = new Dictionary<string, object>
        {
            ["connections"] = 12,
            ["lag.seconds"] = 0.5,
            ["bytes"] = 1_024L,
            ["ratio"] = 0.25f,
            ["price"] = 1.5m,
            ["version"] = "16.2",
            ["read_only"] = true,
            ["started"] = HealthHost.Epoch,
        };
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("postgres", () => HealthCheckResult.Healthy(data: data), tags: ["database"]));

        var component = await host.RefreshAsync("postgres");

        Assert.Equal(
            ["availability", "bytes", "connections", "error_rate", "lag.seconds", "price", "ratio", "response_time.ms"],
            component.Metrics.Select(metric => metric.Name));
        Assert.Equal(12, component.FindMetric("connections")!.Value);
        Assert.Equal(0.5, component.FindMetric("lag.seconds")!.Value);
        Assert.Equal(1_024, component.FindMetric("bytes")!.Value);
        Assert.Equal(0.25, component.FindMetric("ratio")!.Value);
        Assert.Equal(1.5, component.FindMetric("price")!.Value);
        Assert.Null(component.FindMetric("version"));
        Assert.Null(component.FindMetric("read_only"));
    }

    [Fact]
    public async Task HealthCheck_Description_FlowsIntoTheComponent()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("replica", () => HealthCheckResult.Degraded("replica lag is 40 s")));

        var component = await host.RefreshAsync("replica");

        Assert.Equal(HealthStatus.Degraded, component.Status);
        Assert.Equal("replica lag is 40 s", component.Description);
        Assert.Equal(HostTime(host), component.LastChecked);
    }

    [Fact]
    public async Task HealthCheck_ExceptionWithoutDescription_GivesTheComponentItsMessage()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck(
            "postgres",
            () => HealthCheckResult.Unhealthy(exception: new TimeoutException("the pool is exhausted"))));

        var component = await host.RefreshAsync("postgres");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("the pool is exhausted", component.Description);
    }

    [Fact]
    public async Task HealthCheck_ReportedUnhealthy_IsNotCountedAsAnError()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("postgres", () => HealthCheckResult.Unhealthy("down")));

        var component = await host.RefreshAsync("postgres");

        Assert.Equal(0, component.FindMetric(ComponentMetricNames.Availability)!.Value);
        Assert.Equal(0, component.FindMetric(ComponentMetricNames.ErrorRate)!.Value);
        Assert.Equal(1, component.ConsecutiveFailures);
    }

    [Fact]
    public async Task HealthCheck_Healthy_HasNoDescription()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("postgres", () => HealthCheckResult.Healthy("all good")));

        var component = await host.RefreshAsync("postgres");

        Assert.Equal(HealthStatus.Healthy, component.Status);
        Assert.Null(component.Description);
    }

    [Fact]
    public async Task HealthCheck_TypedWithScopedDependencies_RunsInAFreshScopeEachTime()
    {
        await using var host = HealthHost.Create(healthChecks: checks =>
        {
            checks.Services.AddScoped<ScopeMarker>();
            checks.AddCheck<ScopeReportingCheck>("scoped", tags: ["cache"]);
        });

        var first = await host.RefreshAsync("scoped");
        var second = await host.RefreshAsync("scoped");

        Assert.Equal(HealthStatus.Healthy, first.Status);
        Assert.NotEqual(first.FindMetric("scope")!.Value, second.FindMetric("scope")!.Value);
    }

    [Fact]
    public async Task MonitorsOwnCheck_IsNotAComponent()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("postgres", () => HealthCheckResult.Healthy()));

        var report = await host.RefreshAsync();
        var registrations = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Contains(registrations, registration => registration.Name == HealthMonitorOptions.HealthCheckName);
        Assert.Equal(["postgres"], report.Components.Select(component => component.Name));
    }

    private static DateTimeOffset HostTime(HealthHost host) => host.Time.GetUtcNow();

    private sealed class ScopeMarker
    {
        private static int s_next;

        public int Id { get; } = Interlocked.Increment(ref s_next);
    }

    private sealed class ScopeReportingCheck(ScopeMarker scope) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["scope"] = scope.Id }));
    }
}
