using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Health.Tests.DependencyInjection;

public sealed class HealthOptionsValidationTests
{
    public static TheoryData<Action<HealthMonitorOptions>, string> InvalidOptions => new()
    {
        { options => options.CheckInterval = TimeSpan.Zero, "VideoPipeline:Health:CheckInterval is 00:00:00; it must be between 00:00:01 and 01:00:00." },
        { options => options.CheckInterval = TimeSpan.FromSeconds(-5), "VideoPipeline:Health:CheckInterval is -00:00:05; it must be between 00:00:01 and 01:00:00." },
        { options => options.CheckInterval = TimeSpan.FromHours(2), "VideoPipeline:Health:CheckInterval is 02:00:00;" },
        { options => options.DefaultTimeout = TimeSpan.Zero, "VideoPipeline:Health:DefaultTimeout is 00:00:00; it must be between 00:00:00.001 and 00:10:00." },
        { options => options.DefaultTimeout = TimeSpan.FromMinutes(11), "VideoPipeline:Health:DefaultTimeout is 00:11:00;" },
        { options => options.HistorySize = 2, "VideoPipeline:Health:HistorySize is 2; it must be between 3 and 10000." },
        { options => options.HistorySize = 10_001, "VideoPipeline:Health:HistorySize is 10001;" },
        { options => options.CriticalDownScoreCap = 101, "VideoPipeline:Health:CriticalDownScoreCap is 101; it must be between 0 and 100." },
        { options => options.CriticalDownScoreCap = -1, "VideoPipeline:Health:CriticalDownScoreCap is -1;" },
        { options => options.CriticalDownScoreCap = double.NaN, "VideoPipeline:Health:CriticalDownScoreCap is NaN;" },
        { Component(component => component.Thresholds["depth"] = new MetricThreshold { Warning = 10, Critical = 5 }), "VideoPipeline:Health:Components:queue:Thresholds:depth:Warning is 10, beyond Critical 5; for a threshold above which values are bad, the warning level must come first." },
        { Component(component => component.Thresholds["free"] = new MetricThreshold { Warning = 0.1, Critical = 0.5, Direction = ThresholdDirection.Below }), "VideoPipeline:Health:Components:queue:Thresholds:free:Warning is 0.1, beyond Critical 0.5; for a threshold below which values are bad" },
        { Component(component => component.Thresholds["depth"] = new MetricThreshold { Warning = double.NaN, Critical = 5 }), "VideoPipeline:Health:Components:queue:Thresholds:depth is NaN / 5; it must be finite warning and critical levels." },
        { Component(component => component.Thresholds["depth"] = new MetricThreshold { Warning = 1, Critical = double.PositiveInfinity }), "VideoPipeline:Health:Components:queue:Thresholds:depth is 1 / Infinity;" },
        { Component(component => component.Thresholds["depth"] = new MetricThreshold { Warning = 1, Critical = 2, Direction = (ThresholdDirection)7 }), "VideoPipeline:Health:Components:queue:Thresholds:depth:Direction is 7; it must be Above or Below." },
        { Component(component => component.Thresholds["depth"] = null!), "VideoPipeline:Health:Components:queue:Thresholds:depth is empty; it must be a threshold." },
        { Component(component => component.Weight = -1), "VideoPipeline:Health:Components:queue:Weight is -1; it must be between 0 and 1000." },
        { Component(component => component.Weight = 1_001), "VideoPipeline:Health:Components:queue:Weight is 1001;" },
        { Component(component => component.Timeout = TimeSpan.Zero), "VideoPipeline:Health:Components:queue:Timeout is 00:00:00; it must be between 00:00:00.001 and 00:10:00." },
        { Component(component => component.Kind = (ComponentKind)42), "VideoPipeline:Health:Components:queue:Kind is 42; it must be a ComponentKind." },
        { Component(component => component.DependsOn.Add(" ")), "VideoPipeline:Health:Components:queue:DependsOn:0 is empty; it must be a component name." },
        { options => options.Components["queue"] = null!, "VideoPipeline:Health:Components:queue is empty; it must be a component's options." },
        { options => options.Alerting.MinimumSeverity = (AlertSeverity)9, "VideoPipeline:Health:Alerting:MinimumSeverity is 9; it must be Info, Warning, Error or Critical." },
        { options => options.Alerting.FireAfterChecks = 0, "VideoPipeline:Health:Alerting:FireAfterChecks is 0; it must be between 1 and 100." },
        { options => options.Alerting.FireAfter = TimeSpan.FromSeconds(-1), "VideoPipeline:Health:Alerting:FireAfter is -00:00:01;" },
        { options => options.Alerting.GroupWait = TimeSpan.FromHours(2), "VideoPipeline:Health:Alerting:GroupWait is 02:00:00; it must be between 00:00:00 and 01:00:00." },
        { options => options.Alerting.GroupInterval = TimeSpan.Zero, "VideoPipeline:Health:Alerting:GroupInterval is 00:00:00; it must be between 00:00:01 and 1.00:00:00." },
        { options => options.Alerting.RepeatInterval = TimeSpan.FromDays(8), "VideoPipeline:Health:Alerting:RepeatInterval is 8.00:00:00; it must be between 00:00:01 and 7.00:00:00." },
        {
            options =>
            {
                options.Alerting.GroupInterval = TimeSpan.FromMinutes(10);
                options.Alerting.RepeatInterval = TimeSpan.FromMinutes(5);
            },
            "VideoPipeline:Health:Alerting:RepeatInterval is 00:05:00; it must be at least GroupInterval (00:10:00)."
        },
        { options => options.Alerting.ResolveAfter = TimeSpan.FromDays(2), "VideoPipeline:Health:Alerting:ResolveAfter is 2.00:00:00;" },
        { options => options.Alerting.FlapThreshold = 1, "VideoPipeline:Health:Alerting:FlapThreshold is 1; it must be between 2 and 100." },
        { options => options.Alerting.FlapWindow = TimeSpan.Zero, "VideoPipeline:Health:Alerting:FlapWindow is 00:00:00;" },
        { options => options.Alerting.GroupBy.Add(""), "VideoPipeline:Health:Alerting:GroupBy:0 is empty; it must be 'component' or a label name." },
        { options => options.Alerting.MaxActiveAlerts = 9, "VideoPipeline:Health:Alerting:MaxActiveAlerts is 9; it must be between 10 and 1000000." },
        { options => options.Alerting.InMemoryCapacity = 0, "VideoPipeline:Health:Alerting:InMemoryCapacity is 0; it must be between 1 and 1000000." },
        { options => options.Alerting.Webhook.Endpoint = new Uri("hooks/alerts", UriKind.Relative), "VideoPipeline:Health:Alerting:Webhook:Endpoint is hooks/alerts; it must be an absolute http or https address." },
        { options => options.Alerting.Webhook.Endpoint = new Uri("ftp://example.com/alerts"), "VideoPipeline:Health:Alerting:Webhook:Endpoint is ftp://example.com/alerts;" },
        { options => options.Alerting.Webhook.Timeout = TimeSpan.Zero, "VideoPipeline:Health:Alerting:Webhook:Timeout is 00:00:00; it must be between 00:00:00.010 and 00:05:00." },
        { options => options.Alerting.Webhook.MaxRetries = 11, "VideoPipeline:Health:Alerting:Webhook:MaxRetries is 11; it must be between 0 and 10." },
        { options => options.Alerting.Webhook.RetryDelay = TimeSpan.FromMinutes(6), "VideoPipeline:Health:Alerting:Webhook:RetryDelay is 00:06:00;" },
        { options => options.Alerting.Webhook.QueueCapacity = 0, "VideoPipeline:Health:Alerting:Webhook:QueueCapacity is 0; it must be between 1 and 100000." },
        { options => options.Predictions.Horizon = TimeSpan.Zero, "VideoPipeline:Health:Predictions:Horizon is 00:00:00; it must be between 00:00:01 and 30.00:00:00." },
        { options => options.Predictions.RequiredEvaluations = 0, "VideoPipeline:Health:Predictions:RequiredEvaluations is 0; it must be between 1 and 1000." },
        { options => options.Predictions.MinimumLevelFraction = 0, "VideoPipeline:Health:Predictions:MinimumLevelFraction is 0; it must be greater than 0 and at most 1." },
        { options => options.Predictions.MinimumLevelFraction = 1.5, "VideoPipeline:Health:Predictions:MinimumLevelFraction is 1.5;" },
        { options => options.Recovery.AfterUnhealthyEvaluations = 0, "VideoPipeline:Health:Recovery:AfterUnhealthyEvaluations is 0; it must be between 1 and 1000." },
        { options => options.Recovery.MaxAttemptsPerHour = 101, "VideoPipeline:Health:Recovery:MaxAttemptsPerHour is 101; it must be between 1 and 100." },
        { options => options.Recovery.Backoff = TimeSpan.FromSeconds(-1), "VideoPipeline:Health:Recovery:Backoff is -00:00:01; it must be between 00:00:00 and 1.00:00:00." },
        { options => options.Recovery.Timeout = TimeSpan.Zero, "VideoPipeline:Health:Recovery:Timeout is 00:00:00; it must be between 00:00:00.001 and 01:00:00." },
        { options => options.Recovery.AuditLogSize = 0, "VideoPipeline:Health:Recovery:AuditLogSize is 0; it must be between 1 and 100000." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidOptions_StopTheHostAtStart_WithTheKeyInTheMessage(Action<HealthMonitorOptions> configure, string message)
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(configure)
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidOptions_FailResolvingTheMonitor(Action<HealthMonitorOptions> configure, string message)
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(configure)
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));

        var error = Assert.Throws<OptionsValidationException>(() => host.Monitor);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralInvalidValues_AreAllReported()
    {
        await using var host = HealthHost.Create(pipeline => pipeline.AddHealthMonitoring(options =>
        {
            options.CheckInterval = TimeSpan.Zero;
            options.HistorySize = 0;
            options.Alerting.FlapThreshold = 0;
        }));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<HealthMonitorOptions>>().Value);

        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public async Task DefaultOptions_AreValid_AndAsDocumented()
    {
        await using var host = HealthHost.Create();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<HealthMonitorOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), options.CheckInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), options.DefaultTimeout);
        Assert.Equal(60, options.HistorySize);
        Assert.Equal(25, options.CriticalDownScoreCap);
        Assert.Empty(options.Components);
    }

    [Fact]
    public async Task BoundaryValues_AreValid()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options =>
            {
                options.CheckInterval = TimeSpan.FromSeconds(1);
                options.DefaultTimeout = TimeSpan.FromMilliseconds(1);
                options.HistorySize = 3;
                options.CriticalDownScoreCap = 0;
                options.Components["queue"] = new ComponentOptions
                {
                    Weight = 0,
                    Thresholds =
                    {
                        ["depth"] = new MetricThreshold { Warning = 5, Critical = 5 },
                        ["free"] = new MetricThreshold { Warning = 0.2, Critical = 0.1, Direction = ThresholdDirection.Below },
                    },
                };
            })
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));

        var exception = await Record.ExceptionAsync(host.StartAsync);

        Assert.Null(exception);
    }

    private static Action<HealthMonitorOptions> Component(Action<ComponentOptions> configure) => options =>
    {
        var component = new ComponentOptions();
        configure(component);
        options.Components["queue"] = component;
    };
}
