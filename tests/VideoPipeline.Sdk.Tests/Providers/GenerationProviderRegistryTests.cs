using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Testing;

namespace VideoPipeline.Sdk.Tests.Providers;

public sealed class GenerationProviderRegistryTests
{
    [Fact]
    public void AddProvider_SameTypeOrInstanceTwice_RegistersOnce()
    {
        var instance = new SyntheticGenerationProvider(new SyntheticProviderOptions { Name = "instance" });
        var services = new ServiceCollection();
        services.AddVideoPipeline()
            .AddProvider<SyntheticGenerationProvider>()
            .AddProvider<SyntheticGenerationProvider>()
            .AddProvider(instance)
            .AddProvider(instance);

        using var provider = services.BuildServiceProvider();

        Assert.Equal(["instance", "synthetic"], provider.GetRequiredService<IGenerationProviderRegistry>().Providers.Select(d => d.Name));
    }

    [Fact]
    public void GetProvider_UnknownName_ListsTheRegisteredProviders()
    {
        using var services = Services(new SyntheticGenerationProvider());
        var registry = services.GetRequiredService<IGenerationProviderRegistry>();

        var exception = Assert.Throws<ArgumentException>(() => registry.GetProvider("Synthetic"));

        Assert.Contains("'Synthetic'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("registered: synthetic", exception.Message, StringComparison.Ordinal);
        Assert.False(registry.TryGetProvider("missing", out _));
    }

    [Fact]
    public async Task GetProvider_ReturnsAProviderThatGenerates()
    {
        var synthetic = new SyntheticGenerationProvider();
        using var services = Services(synthetic);

        var result = await services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic")
            .GenerateAsync(new GenerationRequest("synthetic", "img", MediaKind.Image, "a lighthouse"));

        Assert.Equal("image/png", result.MediaType);
        Assert.Equal(Money.FromUsd(0.04m), result.Cost);
        Assert.Equal(1, synthetic.CallCount);
    }

    [Fact]
    public async Task Generate_UnsupportedKind_FailsBeforeCallingTheProvider()
    {
        var synthetic = new SyntheticGenerationProvider(new SyntheticProviderOptions { SupportedKinds = [MediaKind.Image] });
        using var services = Services(synthetic);
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");

        var exception = await Assert.ThrowsAsync<GenerationProviderException>(
            () => provider.GenerateAsync(new GenerationRequest("synthetic", "v", MediaKind.Video, "waves")).AsTask());

        Assert.Equal(GenerationErrorKind.InvalidRequest, exception.ErrorKind);
        Assert.Equal("Kind", exception.ParameterName);
        Assert.Equal(0, synthetic.CallCount);
    }

    [Fact]
    public async Task Generate_RequestForAnotherProvider_Throws()
    {
        using var services = Services(new SyntheticGenerationProvider());
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => provider.GenerateAsync(new GenerationRequest("other", "m", MediaKind.Text, "hi")).AsTask());

        Assert.Equal("request", exception.ParamName);
    }

    [Fact]
    public async Task Generate_SlowerThanProviderTimeout_FailsAsTimeoutOnTheTimeProvider()
    {
        var clock = new FakeTimeProvider();
        var slow = new SyntheticGenerationProvider(new SyntheticProviderOptions { Latency = TimeSpan.FromMinutes(5) }, clock);
        using var services = Services(slow, clock, TimeSpan.FromSeconds(30));
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");

        var call = provider.GenerateAsync(new GenerationRequest("synthetic", "m", MediaKind.Text, "hi")).AsTask();
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        var exception = await Assert.ThrowsAsync<GenerationProviderException>(() => call);
        Assert.Equal(GenerationErrorKind.Timeout, exception.ErrorKind);
        Assert.True(exception.IsTransient);
        Assert.Equal("synthetic", exception.Provider);
    }

    [Fact]
    public async Task Generate_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        var clock = new FakeTimeProvider();
        using var services = Services(new SyntheticGenerationProvider(new SyntheticProviderOptions { Latency = TimeSpan.FromMinutes(5) }, clock), clock);
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");
        using var cancellation = new CancellationTokenSource();

        var call = provider.GenerateAsync(new GenerationRequest("synthetic", "m", MediaKind.Text, "hi"), cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Generate_RecordsRequestsDurationAndCostOnThePipelineMeter()
    {
        var clock = new FakeTimeProvider();
        using var services = Services(new SyntheticGenerationProvider(new SyntheticProviderOptions { Latency = TimeSpan.FromSeconds(2) }, clock), clock);
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var requests = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Pipeline, VideoPipelineDiagnostics.ProviderRequests);
        using var duration = new MetricCollector<double>(meterFactory, VideoPipelineDiagnostics.Pipeline, VideoPipelineDiagnostics.ProviderDuration);
        using var cost = new MetricCollector<double>(meterFactory, VideoPipelineDiagnostics.Pipeline, VideoPipelineDiagnostics.ProviderCost);
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");

        var call = provider.GenerateAsync(new GenerationRequest("synthetic", "m", MediaKind.Video, "surf") { Duration = TimeSpan.FromSeconds(3) }).AsTask();
        clock.Advance(TimeSpan.FromSeconds(2));
        await call;

        var request = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(1, request.Value);
        Assert.Equal("synthetic", request.Tags[VideoPipelineDiagnostics.ProviderTag]);
        Assert.Equal("video", request.Tags[VideoPipelineDiagnostics.MediaKindTag]);
        Assert.Equal("success", request.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal(2.0, Assert.Single(duration.GetMeasurementSnapshot()).Value);
        Assert.Equal(0.30, Assert.Single(cost.GetMeasurementSnapshot()).Value, 10);
    }

    [Fact]
    public async Task Generate_ProviderFailure_IsRecordedWithItsErrorKind()
    {
        using var services = Services(new SyntheticGenerationProvider(new SyntheticProviderOptions { RateLimitRate = 1 }));
        using var requests = new MetricCollector<long>(
            services.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Pipeline, VideoPipelineDiagnostics.ProviderRequests);
        var provider = services.GetRequiredService<IGenerationProviderRegistry>().GetProvider("synthetic");

        await Assert.ThrowsAsync<GenerationProviderException>(() => provider.GenerateAsync(new GenerationRequest("synthetic", "m", MediaKind.Text, "hi")).AsTask());

        Assert.Equal("rate_limited", Assert.Single(requests.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    private static ServiceProvider Services(IGenerationProvider provider, TimeProvider? clock = null, TimeSpan? timeout = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddVideoPipeline(options => options.ProviderTimeout = timeout ?? TimeSpan.FromMinutes(10)).AddProvider(provider);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
