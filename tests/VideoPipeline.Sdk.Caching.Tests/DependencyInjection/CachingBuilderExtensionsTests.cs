using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Caching.Tests.DependencyInjection;

public sealed class CachingBuilderExtensionsTests
{
    [Fact]
    public void AddCaching_RegistersTheCacheStoreAndEmbedderOnce()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddCaching().AddCaching();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Single(services, d => d.ServiceType == typeof(IPromptCache));
        Assert.Same(provider.GetRequiredService<IPromptCache>(), provider.GetRequiredService<IPromptCache>());
        Assert.IsType<LexicalPromptEmbedder>(provider.GetRequiredService<IPromptEmbedder>());
        Assert.NotNull(provider.GetRequiredService<IMediaStore>());
    }

    [Fact]
    public void AddCaching_KeepsAnEmbedderRegisteredBefore()
    {
        var services = new ServiceCollection();
        var embedder = new LexicalPromptEmbedder(128);
        services.AddSingleton<IPromptEmbedder>(embedder);
        services.AddVideoPipeline().AddCaching();
        using var provider = services.BuildServiceProvider();

        Assert.Same(embedder, provider.GetRequiredService<IPromptEmbedder>());
    }

    [Fact]
    public void AddCaching_WithSection_BindsPromptCacheAndMediaStoreOptions()
    {
        var root = Path.Combine(Path.GetTempPath(), "vp-media-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Caching:MemoryBudgetBytes"] = "33554432",
            ["VideoPipeline:Caching:SimilarityThreshold"] = "0.95",
            ["VideoPipeline:Caching:EvictionPolicy"] = "LeastRecentlyUsed",
            ["VideoPipeline:Caching:MediaStore:RootPath"] = root,
        }).Build();
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddCaching(configuration.GetSection("VideoPipeline:Caching"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PromptCacheOptions>>().Value;
        Assert.Equal(32L << 20, options.MemoryBudgetBytes);
        Assert.Equal(0.95, options.SimilarityThreshold);
        Assert.Equal(CacheEvictionPolicy.LeastRecentlyUsed, options.EvictionPolicy);
        Assert.Equal(root, provider.GetRequiredService<IOptions<MediaStoreOptions>>().Value.RootPath);
        Assert.Equal("FileSystemMediaStore", provider.GetRequiredService<IMediaStore>().GetType().Name);
    }

    [Theory]
    [InlineData("SimilarityThreshold", "1.5", "VideoPipeline:Caching:SimilarityThreshold is 1.5")]
    [InlineData("SimilarityThreshold", "0", "VideoPipeline:Caching:SimilarityThreshold is 0")]
    [InlineData("MemoryBudgetBytes", "1000", "VideoPipeline:Caching:MemoryBudgetBytes is 1000")]
    [InlineData("MediaBudgetBytes", "-1", "VideoPipeline:Caching:MediaBudgetBytes is -1")]
    [InlineData("InlineContentLimitBytes", "-1", "VideoPipeline:Caching:InlineContentLimitBytes is -1")]
    [InlineData("CompressionThresholdBytes", "10", "VideoPipeline:Caching:CompressionThresholdBytes is 10")]
    [InlineData("FailureCacheDuration", "02:00:00", "VideoPipeline:Caching:FailureCacheDuration is 02:00:00")]
    [InlineData("DefaultTimeToLive", "00:00:00.5", "VideoPipeline:Caching:DefaultTimeToLive is 00:00:00.5")]
    [InlineData("TimeValuePerSecond", "2", "VideoPipeline:Caching:TimeValuePerSecond is 2")]
    [InlineData("MediaStore:RootPath", "relative/path", "VideoPipeline:Caching:MediaStore:RootPath is 'relative/path'")]
    public async Task StartHost_InvalidOption_FailsNamingTheKeyAndValue(string key, string value, string expected)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["VideoPipeline:Caching:" + key] = value });
        builder.Services.AddVideoPipeline().AddCaching(builder.Configuration.GetSection("VideoPipeline:Caching"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartHost_DefaultOptions_Starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddVideoPipeline().AddCaching();
        using var host = builder.Build();

        await host.StartAsync();
        var cache = host.Services.GetRequiredService<IPromptCache>();
        await host.StopAsync();

        Assert.Equal(0, cache.GetStatistics().Requests);
    }
}
