using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Testing;

namespace VideoPipeline.Sdk.Tests.DependencyInjection;

public sealed class VideoPipelineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVideoPipeline_CalledTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddVideoPipeline();
        var twice = new ServiceCollection();
        twice.AddVideoPipeline();
        twice.AddVideoPipeline();

        Assert.Equal(Describe(once), Describe(twice));
    }

    [Fact]
    public void AddVideoPipeline_AgainWithConfiguration_AddsOnlyTheBinding()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline();
        var before = services.Count;

        services.AddVideoPipeline(new ConfigurationBuilder().Build());

        Assert.All(services.Skip(before), d => Assert.Equal(typeof(VideoPipelineOptions), Assert.Single(d.ServiceType.GenericTypeArguments)));
    }

    [Fact]
    public void AddVideoPipeline_KeepsTheIntegratorsTimeProvider()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);

        services.AddVideoPipeline();

        Assert.Same(clock, services.BuildServiceProvider().GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddVideoPipeline_Configuration_BindsTheVideoPipelineSection()
    {
        var configuration = Configuration(("VideoPipeline:ProviderTimeout", "00:02:30"));

        using var provider = new ServiceCollection().AddVideoPipeline(configuration).Services.BuildServiceProvider();

        Assert.Equal(TimeSpan.FromSeconds(150), provider.GetRequiredService<IOptions<VideoPipelineOptions>>().Value.ProviderTimeout);
    }

    [Fact]
    public void AddVideoPipeline_Action_ConfiguresTheOptions()
    {
        using var provider = new ServiceCollection()
            .AddVideoPipeline(options => options.ProviderTimeout = TimeSpan.FromSeconds(30))
            .Services.BuildServiceProvider();

        Assert.Equal(TimeSpan.FromSeconds(30), provider.GetRequiredService<IOptions<VideoPipelineOptions>>().Value.ProviderTimeout);
    }

    [Fact]
    public async Task HostStart_OutOfRangeOption_FailsNamingTheKeyValueAndRange()
    {
        using var host = Host(Configuration(("VideoPipeline:ProviderTimeout", "00:00:00")));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("VideoPipeline:ProviderTimeout is 00:00:00", exception.Message, StringComparison.Ordinal);
        Assert.Contains("between 00:00:01 and 1.00:00:00", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_UnparsableOption_FailsNamingTheKey()
    {
        using var host = Host(Configuration(("VideoPipeline:ProviderTimeout", "soon")));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("VideoPipeline:ProviderTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_TwoProvidersWithOneName_FailsNamingTheName()
    {
        using var host = Host(Configuration(), builder => builder
            .AddProvider(new SyntheticGenerationProvider(new SyntheticProviderOptions { Name = "twin" }))
            .AddProvider(new SyntheticGenerationProvider(new SyntheticProviderOptions { Name = "twin" })));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'twin'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_ValidConfiguration_Starts()
    {
        using var host = Host(Configuration(("VideoPipeline:ProviderTimeout", "00:05:00")), builder => builder.AddProvider<SyntheticGenerationProvider>());

        await host.StartAsync();

        Assert.Equal(["synthetic"], host.Services.GetRequiredService<IGenerationProviderRegistry>().Providers.Select(p => p.Name));
        await host.StopAsync();
    }

    private static IHost Host(IConfiguration configuration, Action<IVideoPipelineBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var pipeline = builder.Services.AddVideoPipeline(configuration);
        configure?.Invoke(pipeline);
        return builder.Build();
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static List<string> Describe(IServiceCollection services) =>
        [.. services.Select(d => $"{d.ServiceType.FullName} {d.ImplementationType?.FullName} {d.Lifetime}")];
}
