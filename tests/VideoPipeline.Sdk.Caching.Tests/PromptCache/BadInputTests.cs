namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class BadInputTests
{
    public static TheoryData<PromptCacheEntryOptions, string> InvalidEntryOptions => new()
    {
        { new PromptCacheEntryOptions { TimeToLive = TimeSpan.Zero }, "TimeToLive" },
        { new PromptCacheEntryOptions { TimeToLive = TimeSpan.FromSeconds(-1) }, "TimeToLive" },
        { new PromptCacheEntryOptions { MinSimilarity = 0 }, "MinSimilarity" },
        { new PromptCacheEntryOptions { MinSimilarity = 1.5 }, "MinSimilarity" },
        { new PromptCacheEntryOptions { MinSimilarity = double.NaN }, "MinSimilarity" },
        { new PromptCacheEntryOptions { Tags = [" "] }, "Tags[0]" },
        { new PromptCacheEntryOptions { Tags = [.. Enumerable.Range(0, 17).Select(i => "t" + i)] }, "17 tags" },
    };

    [Theory]
    [MemberData(nameof(InvalidEntryOptions))]
    public async Task GetOrGenerate_InvalidEntryOptions_ThrowsNamingTheOption(PromptCacheEntryOptions options, string named)
    {
        using var host = new CacheHost();
        var factory = new CountingFactory();

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await host.Cache.GetOrGenerateAsync(Requests.Image("x"), factory.Invoke, options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, factory.Calls);
    }

    [Fact]
    public async Task PublicMethods_NullArguments_ThrowArgumentNullException()
    {
        using var host = new CacheHost();
        var request = Requests.Image("x");

        await Assert.ThrowsAsync<ArgumentNullException>("request", async () => await host.Cache.GetOrGenerateAsync(null!, new CountingFactory().Invoke));
        await Assert.ThrowsAsync<ArgumentNullException>("factory", async () => await host.Cache.GetOrGenerateAsync(request, null!));
        await Assert.ThrowsAsync<ArgumentNullException>("request", async () => await host.Cache.TryGetAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>("result", async () => await host.Cache.SetAsync(request, null!));
        await Assert.ThrowsAsync<ArgumentNullException>("request", async () => await host.Cache.RemoveAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>("tag", async () => await host.Cache.RemoveByTagAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>("tag", async () => await host.Cache.RemoveByTagAsync(" "));
        await Assert.ThrowsAsync<ArgumentException>("provider", async () => await host.Cache.RemoveByProviderAsync(""));
        await Assert.ThrowsAsync<ArgumentException>("model", async () => await host.Cache.RemoveByProviderAsync("synthetic", ""));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public async Task TryGet_MinSimilarityOutOfRange_Throws(double minSimilarity)
    {
        using var host = new CacheHost();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await host.Cache.TryGetAsync(Requests.Image("x"), minSimilarity));

        Assert.Equal("minSimilarity", error.ParamName);
    }

    [Fact]
    public async Task Set_ResultOfAnotherKind_ThrowsAndKeepsTheExistingEntry()
    {
        using var host = new CacheHost();
        var request = Requests.Image("x");
        await host.Cache.SetAsync(request, Requests.ResultFor(request));

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await host.Cache.SetAsync(request, Requests.ResultFor(Requests.Text("x"))));

        Assert.Equal("result", error.ParamName);
        Assert.Equal(PromptCacheOutcome.ExactHit, (await host.Cache.TryGetAsync(request, 1))!.Value.Outcome);
    }

    [Fact]
    public void NegativeCost_IsRejectedByTheResult()
    {
        var request = Requests.Image("x");

        Assert.Throws<ArgumentOutOfRangeException>("Cost", () => Requests.ResultFor(request, cost: -0.01m));
    }

    [Fact]
    public async Task Set_ConcurrentWritersOfTheSameKey_LeaveOneConsistentEntry()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 1024);
        var request = Requests.Image("contended");
        var payloads = Enumerable.Range(0, 16).Select(i => Enumerable.Repeat((byte)i, 4096).ToArray()).ToArray();

        await Task.WhenAll(payloads.Select(p => Task.Run(async () => await host.Cache.SetAsync(request, Requests.WithBytes(request, p, "image/png")))));

        var statistics = host.Cache.GetStatistics();
        Assert.Equal(1, statistics.EntryCount);
        Assert.Equal(1, host.MediaStore.GetStatistics().BlobCount);
        var stored = await Requests.ReadBytesAsync((await host.Cache.TryGetAsync(request, 1))!.Value.GenerationResult);
        Assert.Contains(payloads, p => p.SequenceEqual(stored));
        Assert.Equal(4096, statistics.MediaBytes);
    }
}
