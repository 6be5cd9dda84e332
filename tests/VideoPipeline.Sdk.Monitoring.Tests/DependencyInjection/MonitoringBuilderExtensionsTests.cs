using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Monitoring.DependencyInjection.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.DependencyInjection;

public sealed class MonitoringBuilderExtensionsTests
{
    [Fact]
    public void AddMonitoring_Twice_RegistersEachServiceOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVideoPipeline()
            .AddMonitoring(options => options.MaxSeriesPerInstrument = 10)
            .AddMonitoring()
            .AddMonitoring(options => options.SampleInterval = TimeSpan.FromSeconds(1));

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IPerformanceMonitor));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IHostedService) && descriptor.ImplementationType == typeof(MonitoringSampler));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IProgressTracker));
        var validators = services.Where(descriptor => descriptor.ServiceType == typeof(IValidateOptions<MonitoringOptions>)).ToList();
        Assert.NotEmpty(validators);
        Assert.Equal(validators.Count, validators.Select(descriptor => descriptor.ImplementationType).Distinct().Count());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value;
        Assert.Equal((10, TimeSpan.FromSeconds(1)), (options.MaxSeriesPerInstrument, options.SampleInterval));
        Assert.Same(provider.GetRequiredService<IPerformanceMonitor>(), provider.GetRequiredService<IPerformanceMonitor>());
    }

    [Fact]
    public void AddMonitoring_KeepsATimeProviderRegisteredBefore()
    {
        var services = new ServiceCollection();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        services.AddSingleton<TimeProvider>(time);
        services.AddVideoPipeline().AddMonitoring();

        using var provider = services.BuildServiceProvider();

        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddMonitoring_RejectsNullArguments()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => MonitoringBuilderExtensions.AddMonitoring(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => MonitoringBuilderExtensions.AddMonitoring(null!, _ => { })).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => MonitoringBuilderExtensions.AddMonitoring(null!, new ConfigurationBuilder().Build().GetSection("x"))).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => builder.AddMonitoring((Action<MonitoringOptions>)null!)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => builder.AddMonitoring((IConfigurationSection)null!)).ParamName);
    }

    [Fact]
    public async Task AddMonitoring_InARealHost_StartsAndServesSnapshots()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddVideoPipeline().AddMonitoring(builder.Configuration.GetSection(MonitoringOptions.SectionName));
        using var host = builder.Build();

        await host.StartAsync();
        var monitor = host.Services.GetRequiredService<IPerformanceMonitor>();
        monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(3), success: true);
        var snapshot = monitor.GetSnapshot();
        await host.StopAsync();

        Assert.Equal("view", Assert.Single(snapshot.Interactions).Name);
    }
}
