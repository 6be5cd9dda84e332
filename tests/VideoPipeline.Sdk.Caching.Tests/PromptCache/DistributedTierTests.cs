using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class DistributedTierTests
{
    private readonly MemoryDistributedCache _shared = new(Options.Create(new MemoryDistributedCacheOptions()));

    [Fact]
    public async Task GetOrGenerate_EntryWrittenByAnotherHost_IsExactHitWithoutFactoryCall()
    {
        using var hostA = new CacheHost(distributed: _shared);
        using var hostB = new CacheHost(distributed: _shared);
        var request = Requests.Text("write the opening line");
        var factory = new CountingFactory();
        await hostA.Cache.GetOrGenerateAsync(request, factory.Invoke);

        var result = await hostB.Cache.GetOrGenerateAsync(request, factory.Invoke);

        Assert.Equal(PromptCacheOutcome.ExactHit, result.Outcome);
        Assert.Equal(1, factory.Calls);
        Assert.Equal("content of write the opening line", await Requests.ReadTextAsync(result.GenerationResult));
        Assert.Equal(Money.FromUsd(0.04m), result.GenerationResult.Cost);
        Assert.Equal(TimeSpan.FromSeconds(8), result.GenerationResult.ProviderLatency);
        Assert.Equal(1, hostB.Cache.GetStatistics().EntryCount);
    }

    [Fact]
    public async Task GetOrGenerate_CompressedEntry_RoundTripsThroughTheDistributedTier()
    {
        using var hostA = new CacheHost(distributed: _shared);
        using var hostB = new CacheHost(distributed: _shared);
        var request = Requests.Text("write the script");
        var script = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The camera pans across the valley at dusk. ", 200)));
        await hostA.Cache.SetAsync(request, Requests.WithBytes(request, script, "text/plain"));

        var hit = await hostB.Cache.TryGetAsync(request, 1);

        Assert.Equal(script, await Requests.ReadBytesAsync(hit!.Value.GenerationResult));
    }

    [Fact]
    public async Task RemoveByProvider_OnOneHost_InvalidatesTheDistributedEntriesForOthers()
    {
        using var hostA = new CacheHost(distributed: _shared);
        using var hostB = new CacheHost(distributed: _shared);
        var request = Requests.Image("a fox", model: "v1");
        await hostA.Cache.SetAsync(request, Requests.ResultFor(request));
        hostA.Time.Advance(TimeSpan.FromSeconds(1));
        hostB.Time.Advance(TimeSpan.FromSeconds(1));

        await hostA.Cache.RemoveByProviderAsync("synthetic", "v1");

        Assert.Null(await hostB.Cache.TryGetAsync(request, 1));
    }

    [Fact]
    public async Task RemoveByTag_OnOneHost_InvalidatesTheDistributedEntriesForOthers()
    {
        using var hostA = new CacheHost(distributed: _shared);
        using var hostB = new CacheHost(distributed: _shared);
        var request = Requests.Image("a fox");
        await hostA.Cache.SetAsync(request, Requests.ResultFor(request), new PromptCacheEntryOptions { Tags = ["campaign"] });
        hostA.Time.Advance(TimeSpan.FromSeconds(1));

        await hostA.Cache.RemoveByTagAsync("campaign");

        Assert.Null(await hostB.Cache.TryGetAsync(request, 1));
    }

    [Fact]
    public async Task TryGet_CorruptDistributedPayload_IsCountedMissAndRemoved()
    {
        using var host = new CacheHost(distributed: _shared);
        var request = Requests.Text("corrupted");
        var key = "videopipeline:prompt:1:" + request.ComputeKey();
        await _shared.SetAsync(key, [0x56, 0x50, 0x50, 0x43, 1, 2, 3]);

        Assert.Null(await host.Cache.TryGetAsync(request, 1));
        Assert.Equal(1, host.Cache.GetStatistics().ReadErrors);
        Assert.Null(await _shared.GetAsync(key));
    }

    [Fact]
    public async Task TryGet_PayloadStoredUnderAnotherKey_IsNeverReturned()
    {
        using var hostA = new CacheHost(distributed: _shared);
        using var hostB = new CacheHost(distributed: _shared);
        var original = Requests.Text("original");
        var other = Requests.Text("other");
        await hostA.Cache.SetAsync(original, Requests.ResultFor(original));
        var payload = await _shared.GetAsync("videopipeline:prompt:1:" + original.ComputeKey());
        await _shared.SetAsync("videopipeline:prompt:1:" + other.ComputeKey(), payload!);

        Assert.Null(await hostB.Cache.TryGetAsync(other, 1));
        Assert.Equal(1, hostB.Cache.GetStatistics().ReadErrors);
    }

    [Fact]
    public void Resolve_DistributedCacheOnWithoutRegistration_ThrowsNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddCaching(o => o.DistributedCache = true);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPromptCache>());

        Assert.Contains("VideoPipeline:Caching:DistributedCache", error.Message, StringComparison.Ordinal);
    }
}
