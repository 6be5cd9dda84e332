using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Monitoring.Tests.DependencyInjection;

public sealed class MonitoringOptionsTests
{
    public static TheoryData<Action<MonitoringOptions>, string> InvalidOptions => new()
    {
        { options => options.MaxSeriesPerInstrument = 0, "VideoPipeline:Monitoring:MaxSeriesPerInstrument is 0" },
        { options => options.MaxSeriesPerInstrument = -5, "VideoPipeline:Monitoring:MaxSeriesPerInstrument is -5" },
        { options => options.MaxSeriesPerInstrument = 100_001, "VideoPipeline:Monitoring:MaxSeriesPerInstrument is 100001" },
        { options => options.SampleInterval = TimeSpan.FromMilliseconds(99), "VideoPipeline:Monitoring:SampleInterval is 00:00:00.0990000" },
        { options => options.SampleInterval = TimeSpan.Zero, "VideoPipeline:Monitoring:SampleInterval is 00:00:00" },
        { options => options.SampleInterval = TimeSpan.FromHours(2), "VideoPipeline:Monitoring:SampleInterval is 02:00:00" },
        { options => options.SnapshotWindows.Clear(), "VideoPipeline:Monitoring:SnapshotWindows is 0 windows" },
        { options => { for (var i = 0; i < 6; i++) { options.SnapshotWindows.Add(TimeSpan.FromMinutes(10 + i)); } }, "VideoPipeline:Monitoring:SnapshotWindows is 9 windows" },
        { options => options.SnapshotWindows.Add(TimeSpan.FromMilliseconds(500)), "VideoPipeline:Monitoring:SnapshotWindows:3 is 00:00:00.5000000" },
        { options => options.SnapshotWindows[0] = TimeSpan.FromDays(2), "VideoPipeline:Monitoring:SnapshotWindows:0 is 2.00:00:00" },
        { options => options.AggregatedMeters.Add(" "), "VideoPipeline:Monitoring:AggregatedMeters:" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidOptions_StopTheHostAtStartWithTheKeyInTheMessage(Action<MonitoringOptions> configure, string message)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddVideoPipeline().AddMonitoring(configure);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidOptions_FailResolvingTheMonitor(Action<MonitoringOptions> configure, string message)
    {
        using var provider = Build(builder => builder.AddMonitoring(configure));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IPerformanceMonitor>());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralInvalidValues_AreAllReported()
    {
        using var provider = Build(builder => builder.AddMonitoring(options =>
        {
            options.MaxSeriesPerInstrument = 0;
            options.SampleInterval = TimeSpan.Zero;
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void DefaultOptions_AreValid()
    {
        using var provider = Build(builder => builder.AddMonitoring());

        var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value;

        Assert.Equal(200, options.MaxSeriesPerInstrument);
        Assert.Equal(TimeSpan.FromSeconds(10), options.SampleInterval);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)], options.SnapshotWindows);
        Assert.Contains(VideoPipelineDiagnostics.Caching, options.AggregatedMeters);
        Assert.Contains(VideoPipelineDiagnostics.Queueing, options.AggregatedMeters);
        Assert.DoesNotContain(VideoPipelineDiagnostics.Monitoring, options.AggregatedMeters);
    }

    [Fact]
    public void Options_BindFromAConfigurationSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:MaxSeriesPerInstrument"] = "7",
            ["VideoPipeline:Monitoring:SampleInterval"] = "00:00:05",
            ["VideoPipeline:Monitoring:AggregatedMeters:0"] = "MyApp",
        }).Build();
        using var provider = Build(builder => builder.AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName)));

        var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value;

        Assert.Equal(7, options.MaxSeriesPerInstrument);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SampleInterval);
        Assert.Contains("MyApp", options.AggregatedMeters);
        Assert.Contains(VideoPipelineDiagnostics.Caching, options.AggregatedMeters);
    }

    [Fact]
    public void ConfiguredSnapshotWindows_ReplaceTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:SnapshotWindows:0"] = "00:00:30",
            ["VideoPipeline:Monitoring:SnapshotWindows:1"] = "00:10:00",
        }).Build();
        using var provider = Build(builder => builder.AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName)));

        var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value;

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10)], options.SnapshotWindows);
    }

    [Fact]
    public void AnInvalidConfiguredWindow_IsNamedByItsOwnIndex()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:SnapshotWindows:0"] = "00:00:00.5",
        }).Build();
        using var provider = Build(builder => builder.AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName)));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);

        Assert.Contains("VideoPipeline:Monitoring:SnapshotWindows:0 is 00:00:00.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidConfiguration_FailsValidationWithTheKeyInTheMessage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:MaxSeriesPerInstrument"] = "0",
        }).Build();
        using var provider = Build(builder => builder.AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName)));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);

        Assert.Contains("VideoPipeline:Monitoring:MaxSeriesPerInstrument is 0", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Action<IVideoPipelineBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        configure(services.AddVideoPipeline());
        return services.BuildServiceProvider();
    }
}
