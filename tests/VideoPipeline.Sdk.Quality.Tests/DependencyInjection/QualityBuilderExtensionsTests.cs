using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.Tests.DependencyInjection;

public sealed class QualityBuilderExtensionsTests
{
    [Fact]
    public void AddQuality_ResolvesOneSingletonAnalyzer()
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddQuality().Services.BuildServiceProvider(validateScopes: true);

        var analyzer = provider.GetRequiredService<IContentAnalyzer>();

        Assert.Same(analyzer, provider.GetRequiredService<IContentAnalyzer>());
        Assert.Equal(3, analyzer.Analyze("One two three.").Words);
    }

    [Fact]
    public void AddQuality_CalledAgain_RegistersNothingTwice_AndKeepsEveryConfiguration()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline()
            .AddQuality()
            .AddQuality(options => options.WordsPerMinute = 120)
            .AddQuality(options => options.SecondsPerShot = 5);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<QualityOptions>>().Value;

        var once = new ServiceCollection().AddVideoPipeline().AddQuality().Services;
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IContentAnalyzer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ProviderCatalog));
        Assert.Equal(
            once.Count(descriptor => descriptor.ServiceType == typeof(IValidateOptions<QualityOptions>)),
            services.Count(descriptor => descriptor.ServiceType == typeof(IValidateOptions<QualityOptions>)));
        Assert.Single(provider.GetServices<IContentAnalyzer>());
        Assert.Equal((120, 5), (options.WordsPerMinute, options.SecondsPerShot));
    }

    [Fact]
    public void AddQuality_WithASection_BindsTheOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["VideoPipeline:Quality:WordsPerMinute"] = "300" })
            .Build();
        using var provider = new ServiceCollection().AddVideoPipeline()
            .AddQuality(configuration.GetSection(QualityOptions.SectionName))
            .Services.BuildServiceProvider();

        var analysis = provider.GetRequiredService<IContentAnalyzer>().Analyze(string.Join(' ', Enumerable.Repeat("word", 300)));

        Assert.Equal(TimeSpan.FromMinutes(1), analysis.NarrationDuration);
    }

    [Fact]
    public void IntegratorsAnalyzer_RegisteredFirst_Wins()
    {
        var own = new FixedAnalyzer();
        var services = new ServiceCollection().AddSingleton<IContentAnalyzer>(own);
        using var provider = services.AddVideoPipeline().AddQuality().Services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IContentAnalyzer>());
    }

    [Fact]
    public void NullArguments_AreRejected_ByName()
    {
        var pipeline = new ServiceCollection().AddVideoPipeline();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => QualityBuilderExtensions.AddQuality(null!)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => pipeline.AddQuality((IConfigurationSection)null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => pipeline.AddQuality((Action<QualityOptions>)null!)).ParamName);
    }

    private sealed class FixedAnalyzer : IContentAnalyzer
    {
        public ContentAnalysis Analyze(string content) => new();
    }
}
