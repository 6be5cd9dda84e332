namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class InvalidationTests
{
    [Fact]
    public async Task Remove_DropsOnlyThatRequest()
    {
        using var host = new CacheHost();
        var kept = Requests.Image("kept");
        var dropped = Requests.Image("dropped");
        await host.Cache.SetAsync(kept, Requests.ResultFor(kept));
        await host.Cache.SetAsync(dropped, Requests.ResultFor(dropped));

        Assert.True(await host.Cache.RemoveAsync(dropped));
        Assert.False(await host.Cache.RemoveAsync(dropped));
        Assert.Null(await host.Cache.TryGetAsync(dropped, 1));
        Assert.NotNull(await host.Cache.TryGetAsync(kept, 1));
    }

    [Fact]
    public async Task RemoveByTag_DropsEveryEntryWithTheTag()
    {
        using var host = new CacheHost();
        var tagged = new PromptCacheEntryOptions { Tags = ["project-7", "draft"] };
        for (var i = 0; i < 3; i++)
        {
            await host.Cache.SetAsync(Requests.Image("tagged " + i), Requests.ResultFor(Requests.Image("tagged " + i)), tagged);
        }

        await host.Cache.SetAsync(Requests.Image("untagged"), Requests.ResultFor(Requests.Image("untagged")));

        Assert.Equal(3, await host.Cache.RemoveByTagAsync("draft"));
        Assert.Equal(0, await host.Cache.RemoveByTagAsync("draft"));
        Assert.Equal(1, host.Cache.GetStatistics().EntryCount);
    }

    [Fact]
    public async Task RemoveByProvider_WithModel_DropsOnlyThatModelsEntries()
    {
        using var host = new CacheHost();
        foreach (var (provider, model) in new[] { ("alpha", "v1"), ("alpha", "v1"), ("alpha", "v2"), ("beta", "v1") })
        {
            var request = Requests.Image($"{provider} {model} {Guid.NewGuid()}", model: model, provider: provider);
            await host.Cache.SetAsync(request, Requests.ResultFor(request));
        }

        Assert.Equal(2, await host.Cache.RemoveByProviderAsync("alpha", "v1"));
        Assert.Equal(2, host.Cache.GetStatistics().EntryCount);
        Assert.Equal(1, await host.Cache.RemoveByProviderAsync("alpha"));
        Assert.Equal(1, host.Cache.GetStatistics().EntryCount);
    }

    [Fact]
    public async Task RemoveByProvider_RemovedEntries_NoLongerAnswerSemantically()
    {
        var embedder = new FixedEmbedder().With("a fox", 1, 0).With("one fox", 1, 0);
        using var host = new CacheHost(embedder: embedder);
        await host.Cache.SetAsync(Requests.Image("a fox"), Requests.ResultFor(Requests.Image("a fox")));
        Assert.NotNull(await host.Cache.TryGetAsync(Requests.Image("one fox")));

        await host.Cache.RemoveByProviderAsync("synthetic");

        Assert.Null(await host.Cache.TryGetAsync(Requests.Image("one fox")));
    }
}
