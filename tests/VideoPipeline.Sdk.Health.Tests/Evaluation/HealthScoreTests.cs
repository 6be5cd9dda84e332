using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Evaluation;

public sealed class HealthScoreTests
{
    public static TheoryData<(string Name, ComponentKind Kind, HealthStatus Status)[], double, HealthStatus> Mixes => new()
    {
        { [("db", ComponentKind.Database, HealthStatus.Healthy), ("cache", ComponentKind.Cache, HealthStatus.Healthy)], 100, HealthStatus.Healthy },

        // (3 × 100 + 1 × 0) / 4
        { [("db", ComponentKind.Database, HealthStatus.Healthy), ("cache", ComponentKind.Cache, HealthStatus.Unhealthy)], 75, HealthStatus.Degraded },

        // (3 × 0 + 1 × 100) / 4: under 50 is unhealthy without any critical component.
        { [("api", ComponentKind.ApiBackEnd, HealthStatus.Unhealthy), ("cache", ComponentKind.Cache, HealthStatus.Healthy)], 25, HealthStatus.Unhealthy },

        // Exactly 50 is degraded, not unhealthy.
        { [("custom", ComponentKind.Custom, HealthStatus.Degraded)], 50, HealthStatus.Degraded },

        // (2 × 50 + 1 × 0) / 3
        { [("queue", ComponentKind.Queue, HealthStatus.Degraded), ("custom", ComponentKind.Custom, HealthStatus.Unhealthy)], 100.0 / 3, HealthStatus.Unhealthy },

        // (2 × 100 + 2 × 50 + 2 × 0 + 3 × 100) / 9
        {
            [
                ("web", ComponentKind.WebFrontEnd, HealthStatus.Healthy),
                ("storage", ComponentKind.Storage, HealthStatus.Degraded),
                ("provider", ComponentKind.GenerationProvider, HealthStatus.Unhealthy),
                ("api", ComponentKind.ApiBackEnd, HealthStatus.Healthy),
            ],
            600.0 / 9,
            HealthStatus.Degraded
        },
    };

    [Theory]
    [MemberData(nameof(Mixes))]
    public async Task Score_IsTheWeightedMeanOfTheComponentsPoints(
        (string Name, ComponentKind Kind, HealthStatus Status)[] components,
        double score,
        HealthStatus status)
    {
        await using var host = HealthHost.Create(pipeline =>
        {
            foreach (var (name, kind, componentStatus) in components)
            {
                pipeline.RegisterHealthChecker(name, kind, new ScriptedCheck(componentStatus).RunAsync);
            }
        });

        var report = await host.RefreshAsync();

        Assert.Equal(score, report.Score, 9);
        Assert.Equal(status, report.Status);
    }

    [Theory]
    [InlineData(ComponentKind.ApiBackEnd, 3)]
    [InlineData(ComponentKind.Database, 3)]
    [InlineData(ComponentKind.WebFrontEnd, 2)]
    [InlineData(ComponentKind.Queue, 2)]
    [InlineData(ComponentKind.Storage, 2)]
    [InlineData(ComponentKind.GenerationProvider, 2)]
    [InlineData(ComponentKind.Cache, 1)]
    [InlineData(ComponentKind.Custom, 1)]
    public async Task Weight_DefaultsToTheKinds(ComponentKind kind, double weight)
    {
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("component", kind, new ScriptedCheck().RunAsync));

        var component = await host.RefreshAsync("component");

        Assert.Equal(weight, component.Weight);
        Assert.False(component.IsCritical);
    }

    [Fact]
    public async Task EmptyHost_ScoresHundredAndIsHealthy()
    {
        await using var host = HealthHost.Create();

        var report = await host.RefreshAsync();

        Assert.Empty(report.Components);
        Assert.Equal(100, report.Score);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task WeightOption_ReplacesTheKindsWeight()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["cache"] = new ComponentOptions { Weight = 9 })
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck().RunAsync));

        var report = await host.RefreshAsync();

        Assert.Equal(9, report.FindComponent("cache")!.Weight);
        Assert.Equal(25, report.Score);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    [Fact]
    public async Task KindOption_ReplacesTheRegistrationsKindAndItsWeight()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["pg"] = new ComponentOptions { Kind = ComponentKind.Database })
            .RegisterHealthChecker("pg", ComponentKind.Custom, new ScriptedCheck().RunAsync));

        var component = await host.RefreshAsync("pg");

        Assert.Equal(ComponentKind.Database, component.Kind);
        Assert.Equal(3, component.Weight);
    }

    [Fact]
    public async Task ZeroWeightComponentDown_DoesNotLowerTheScore_ButTheStatusIsDegraded()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["optional"] = new ComponentOptions { Weight = 0 })
            .RegisterHealthChecker("optional", ComponentKind.Custom, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync));

        var report = await host.RefreshAsync();

        Assert.Equal(100, report.Score);
        Assert.Equal(HealthStatus.Degraded, report.Status);
    }

    [Fact]
    public async Task EveryWeightZero_ScoresThePlainMean_SoComponentsAllDownDoNotScore100()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options =>
            {
                options.Components["a"] = new ComponentOptions { Weight = 0 };
                options.Components["b"] = new ComponentOptions { Weight = 0 };
            })
            .RegisterHealthChecker("a", ComponentKind.Custom, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("b", ComponentKind.Custom, new ScriptedCheck(HealthStatus.Degraded).RunAsync));

        var report = await host.RefreshAsync();

        Assert.Equal(25, report.Score);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(0)]
    public async Task CriticalComponentDown_CapsTheScore_AndMakesTheStatusUnhealthy(double cap)
    {
        await using var host = HealthHost.Create(pipeline =>
        {
            pipeline.AddHealthMonitoring(options =>
            {
                options.CriticalDownScoreCap = cap;
                options.Components["cache"] = new ComponentOptions { Critical = true };
            });
            pipeline.RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync);
            for (var index = 0; index < 3; index++)
            {
                pipeline.RegisterHealthChecker($"db-{index}", ComponentKind.Database, new ScriptedCheck().RunAsync);
            }
        });

        var report = await host.RefreshAsync();

        // Uncapped, (1 × 0 + 9 × 100) / 10 = 90.
        Assert.Equal(cap, report.Score);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.True(report.FindComponent("cache")!.IsCritical);
    }

    [Fact]
    public async Task CriticalComponentDown_WithTheScoreAlreadyUnderTheCap_KeepsTheLowerScore()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["db"] = new ComponentOptions { Critical = true })
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync));

        var report = await host.RefreshAsync();

        Assert.Equal(0, report.Score);
    }

    [Fact]
    public async Task CriticalComponentDegraded_DoesNotCapTheScore()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["cache"] = new ComponentOptions { Critical = true })
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck(HealthStatus.Degraded).RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck().RunAsync));

        var report = await host.RefreshAsync();

        Assert.Equal(87.5, report.Score);
        Assert.Equal(HealthStatus.Degraded, report.Status);
    }

    [Fact]
    public async Task CriticalComponentBackUp_LiftsTheCap()
    {
        var cache = new ScriptedCheck(HealthStatus.Unhealthy);
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["cache"] = new ComponentOptions { Critical = true })
            .RegisterHealthChecker("cache", ComponentKind.Cache, cache.RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck().RunAsync));

        var down = await host.RefreshAsync();
        cache.Returns(HealthStatus.Healthy);
        var up = await host.RefreshAsync();

        Assert.Equal(25, down.Score);
        Assert.Equal(100, up.Score);
        Assert.Equal(HealthStatus.Healthy, up.Status);
    }
}
