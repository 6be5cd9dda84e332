using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.DependencyInjection;

public sealed class ComponentConfigurationTests
{
    [Fact]
    public async Task OptionsForAnUnknownComponent_StopTheHost_NamingTheKey()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options =>
            {
                options.Components["cache"] = new ComponentOptions { Critical = true };
                options.Components["postgress"] = new ComponentOptions { Critical = true };
            })
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Equal("VideoPipeline:Health:Components:postgress configures no registered component; the components are 'cache'.", error.Message);
    }

    [Fact]
    public async Task SameNameAsHealthCheckAndChecker_StopsTheHost_NamingIt()
    {
        await using var host = HealthHost.Create(
            pipeline => pipeline.RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync),
            checks => checks.AddCheck("cache", () => HealthCheckResult.Healthy()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.StartsWith("Health components must have distinct names; 'cache' is registered more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHealthChecksOfTheSameName_StopTheHost_NamingThem()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks
            .AddCheck("db", () => HealthCheckResult.Healthy())
            .AddCheck("db", () => HealthCheckResult.Healthy())
            .AddCheck("queue", () => HealthCheckResult.Healthy())
            .AddCheck("queue", () => HealthCheckResult.Healthy()));

        // HealthCheckService rejects them first, as the host starts.
        var error = await Assert.ThrowsAsync<ArgumentException>(host.StartAsync);

        Assert.Contains("db, queue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependsOnAnUnknownComponent_StopsTheHost_NamingTheKeyAndTheName()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["api"] = new ComponentOptions { DependsOn = { "postgres" } })
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.StartsWith("VideoPipeline:Health:Components:api:DependsOn names 'postgres', which is no registered component", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependsOnInACycle_StopsTheHost_ShowingTheCycle()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options =>
            {
                options.Components["api"] = new ComponentOptions { DependsOn = { "db" } };
                options.Components["db"] = new ComponentOptions { DependsOn = { "storage" } };
                options.Components["storage"] = new ComponentOptions { DependsOn = { "api" } };
            })
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck().RunAsync)
            .RegisterHealthChecker("storage", ComponentKind.Storage, new ScriptedCheck().RunAsync));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains("DependsOn form a cycle: api -> db -> storage -> api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependsOnItself_StopsTheHost()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["api"] = new ComponentOptions { DependsOn = { "api" } })
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains("DependsOn form a cycle: api -> api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependsOn_FlowsIntoTheComponent_WithoutDuplicates()
    {
        await using var host = HealthHost.Create(
            pipeline => pipeline
                .AddHealthMonitoring(options => options.Components["api"] = new ComponentOptions { DependsOn = { "db", "cache", "db" } })
                .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync)
                .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck().RunAsync),
            checks => checks.AddCheck("db", () => HealthCheckResult.Healthy(), tags: ["database"]));

        var report = await host.RefreshAsync();

        Assert.Equal(["db", "cache"], report.FindComponent("api")!.DependsOn);
        Assert.Empty(report.FindComponent("db")!.DependsOn);
    }

    [Fact]
    public async Task Options_BindFromAConfigurationSection_IncludingThresholdsAndDependsOn()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Health:CheckInterval"] = "00:00:05",
            ["VideoPipeline:Health:DefaultTimeout"] = "00:00:02",
            ["VideoPipeline:Health:HistorySize"] = "10",
            ["VideoPipeline:Health:CriticalDownScoreCap"] = "40",
            ["VideoPipeline:Health:Alerting:GroupBy:0"] = "component",
            ["VideoPipeline:Health:Components:queue:Kind"] = "Storage",
            ["VideoPipeline:Health:Components:queue:Weight"] = "7",
            ["VideoPipeline:Health:Components:queue:Critical"] = "true",
            ["VideoPipeline:Health:Components:queue:Timeout"] = "00:00:01",
            ["VideoPipeline:Health:Components:queue:DependsOn:0"] = "db",
            ["VideoPipeline:Health:Components:queue:Thresholds:depth:Warning"] = "500",
            ["VideoPipeline:Health:Components:queue:Thresholds:depth:Critical"] = "2000",
            ["VideoPipeline:Health:Components:queue:Thresholds:free:Warning"] = "0.2",
            ["VideoPipeline:Health:Components:queue:Thresholds:free:Critical"] = "0.1",
            ["VideoPipeline:Health:Components:queue:Thresholds:free:Direction"] = "Below",
        }).Build();
        var queue = new ScriptedCheck();
        queue.Returns(HealthStatus.Healthy, ("depth", 2_500), ("free", 0.15));
        await using var host = HealthHost.Create(
            pipeline => pipeline
                .AddHealthMonitoring(configuration.GetSection(HealthMonitorOptions.SectionName))
                .RegisterHealthChecker("queue", ComponentKind.Queue, queue.RunAsync),
            checks => checks.AddCheck("db", () => HealthCheckResult.Healthy(), tags: ["database"]));
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthMonitorOptions>>().Value;

        var component = await host.RefreshAsync("queue");

        Assert.Equal(TimeSpan.FromSeconds(5), options.CheckInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), options.DefaultTimeout);
        Assert.Equal(10, options.HistorySize);
        Assert.Equal(40, options.CriticalDownScoreCap);
        Assert.Equal(["component"], options.Alerting.GroupBy);
        Assert.Equal(ComponentKind.Storage, component.Kind);
        Assert.Equal(7, component.Weight);
        Assert.True(component.IsCritical);
        Assert.Equal(["db"], component.DependsOn);
        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("depth is 2500, above the critical level 2000.", component.Description);
        Assert.Equal(HealthStatus.Degraded, component.FindMetric("free")!.Status);
        Assert.Equal(ThresholdDirection.Below, component.FindMetric("free")!.Threshold!.Direction);
    }

    [Fact]
    public async Task ConfigurationWithAnInvalidValue_StopsTheHost_NamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Health:CheckInterval"] = "-00:00:10",
        }).Build();
        await using var host = HealthHost.Create(pipeline => pipeline.AddHealthMonitoring(configuration.GetSection(HealthMonitorOptions.SectionName)));

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(host.StartAsync);

        Assert.Contains("VideoPipeline:Health:CheckInterval is -00:00:10;", error.Message, StringComparison.Ordinal);
    }
}
