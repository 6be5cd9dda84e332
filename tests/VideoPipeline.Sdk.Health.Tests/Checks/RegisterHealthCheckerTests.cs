using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Checks;

public sealed class RegisterHealthCheckerTests
{
    [Fact]
    public async Task Checker_StatusDescriptionAndMetrics_AppearInTheComponent()
    {
        var queue = new ScriptedCheck { Outcome = new ComponentCheckResult(HealthStatus.Degraded, "backlog") { Metrics = new Dictionary<string, double> { ["depth"] = 740 } } };
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("render-queue", ComponentKind.Queue, queue.RunAsync));

        var component = await host.RefreshAsync("render-queue");

        Assert.Equal(ComponentKind.Queue, component.Kind);
        Assert.Equal(2, component.Weight);
        Assert.Equal(HealthStatus.Degraded, component.Status);
        Assert.Equal("backlog", component.Description);
        var depth = component.FindMetric("depth")!;
        Assert.Equal(740, depth.Value);
        Assert.Equal(HealthStatus.Healthy, depth.Status);
        Assert.Equal(MetricTrend.Stable, depth.Trend);
        Assert.Null(depth.Threshold);
        Assert.Equal(1, queue.Invocations);
    }

    [Fact]
    public async Task Checker_NotHealthyWithoutDescription_SaysWhatItReported()
    {
        var queue = new ScriptedCheck(HealthStatus.Unhealthy);
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("queue", ComponentKind.Queue, queue.RunAsync));

        var component = await host.RefreshAsync("queue");

        Assert.Equal("The check reported Unhealthy.", component.Description);
    }

    [Fact]
    public async Task Checker_ResponseTime_IsMeasuredByTheMonitorOnTheTimeProvider()
    {
        var api = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, api.RunAsync));
        api.Behaviour = _ =>
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(250));
            return ValueTask.FromResult(ComponentCheckResult.Healthy);
        };

        var component = await host.RefreshAsync("api");

        Assert.Equal(250, component.FindMetric(ComponentMetricNames.ResponseTimeMilliseconds)!.Value);
        Assert.Equal(HealthHost.Epoch.AddMilliseconds(250), component.LastChecked);
    }

    [Fact]
    public async Task Checker_ReportedResponseTime_IsReplacedByTheMeasuredOne()
    {
        var api = new ScriptedCheck();
        api.Returns(HealthStatus.Healthy, (ComponentMetricNames.ResponseTimeMilliseconds, 9_999));
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, api.RunAsync));

        var component = await host.RefreshAsync("api");

        Assert.Equal(0, component.FindMetric(ComponentMetricNames.ResponseTimeMilliseconds)!.Value);
    }

    [Fact]
    public async Task Checker_NonFiniteMetric_IsLeftOut()
    {
        var cache = new ScriptedCheck();
        cache.Returns(HealthStatus.Healthy, ("hit_rate", double.NaN), ("entries", 10));
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("cache", ComponentKind.Cache, cache.RunAsync));

        var component = await host.RefreshAsync("cache");

        Assert.Null(component.FindMetric("hit_rate"));
        Assert.Equal(10, component.FindMetric("entries")!.Value);
    }

    [Fact]
    public async Task Checker_IsAddedBesideTheHostsHealthChecks()
    {
        var cache = new ScriptedCheck();
        await using var host = HealthHost.Create(
            pipeline => pipeline.RegisterHealthChecker("cache", ComponentKind.Cache, cache.RunAsync),
            checks => checks.AddCheck("postgres", () => HealthCheckResult.Healthy(), tags: ["database"]));

        var report = await host.RefreshAsync();

        Assert.Equal(["cache", "postgres"], report.Components.Select(component => component.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RegisterHealthChecker_EmptyName_Throws(string name)
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        var error = Assert.Throws<ArgumentException>(() => builder.RegisterHealthChecker(name, ComponentKind.Cache, new ScriptedCheck().RunAsync));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void RegisterHealthChecker_NullName_Throws()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        var error = Assert.Throws<ArgumentNullException>(() => builder.RegisterHealthChecker(null!, ComponentKind.Cache, new ScriptedCheck().RunAsync));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void RegisterHealthChecker_UndefinedKind_ThrowsNamingTheValue()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.RegisterHealthChecker("cache", (ComponentKind)99, new ScriptedCheck().RunAsync));

        Assert.Equal("kind", error.ParamName);
        Assert.Equal((ComponentKind)99, error.ActualValue);
        Assert.Contains("ComponentKind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterHealthChecker_NullCheck_Throws()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        var error = Assert.Throws<ArgumentNullException>(() => builder.RegisterHealthChecker("cache", ComponentKind.Cache, null!));

        Assert.Equal("check", error.ParamName);
    }

    [Fact]
    public void RegisterHealthChecker_NullBuilder_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => HealthBuilderExtensions.RegisterHealthChecker(null!, "cache", ComponentKind.Cache, new ScriptedCheck().RunAsync));

        Assert.Equal("builder", error.ParamName);
    }

    [Fact]
    public void RegisterHealthChecker_DuplicateName_ThrowsNamingIt()
    {
        var builder = new ServiceCollection().AddVideoPipeline().RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync);

        var error = Assert.Throws<ArgumentException>(() => builder.RegisterHealthChecker("cache", ComponentKind.Storage, new ScriptedCheck().RunAsync));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("'cache'", error.Message, StringComparison.Ordinal);
    }
}
