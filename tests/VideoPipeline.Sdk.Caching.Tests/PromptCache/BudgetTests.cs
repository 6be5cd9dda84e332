namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class BudgetTests
{
    private const long Budget = 2L << 20;

    [Fact]
    public async Task Set_BeyondTheMemoryBudget_EvictsAndStaysWithinFivePercent()
    {
        using var host = new CacheHost(o =>
        {
            o.MemoryBudgetBytes = Budget;
            o.SemanticMatching = false;
        });
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var request = Requests.Image("entry " + i);
            var payload = new byte[random.Next(8 << 10, 64 << 10)];
            random.NextBytes(payload);
            await host.Cache.SetAsync(request, Requests.WithBytes(request, payload, "image/png"));
            Assert.InRange(host.Cache.GetStatistics().MemoryBytes, 0, Budget * 1.05);
        }

        var statistics = host.Cache.GetStatistics();
        Assert.InRange(statistics.MemoryBytes, Budget * 0.9, Budget * 1.05);
        Assert.True(statistics.Evictions > 0);
    }

    [Fact]
    public async Task Set_CostAware_KeepsTheExpensiveEntryOverCheapOnesOfTheSameSize()
    {
        using var host = new CacheHost(o =>
        {
            o.MemoryBudgetBytes = Budget;
            o.SemanticMatching = false;
        });
        var expensive = Requests.Image("expensive");
        await host.Cache.SetAsync(expensive, Requests.WithBytes(expensive, new byte[32 << 10], "image/png", cost: 2m));
        for (var i = 0; i < 200; i++)
        {
            var cheap = Requests.Image("cheap " + i);
            await host.Cache.SetAsync(cheap, Requests.WithBytes(cheap, new byte[32 << 10], "image/png", cost: 0.001m));
        }

        Assert.NotNull(await host.Cache.TryGetAsync(expensive, 1));
    }

    [Fact]
    public async Task Set_LeastRecentlyUsed_EvictsTheOldestEntryWhateverItCost()
    {
        using var host = new CacheHost(o =>
        {
            o.MemoryBudgetBytes = Budget;
            o.SemanticMatching = false;
            o.EvictionPolicy = CacheEvictionPolicy.LeastRecentlyUsed;
        });
        var expensive = Requests.Image("expensive");
        await host.Cache.SetAsync(expensive, Requests.WithBytes(expensive, new byte[32 << 10], "image/png", cost: 2m));
        for (var i = 0; i < 200; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            var cheap = Requests.Image("cheap " + i);
            await host.Cache.SetAsync(cheap, Requests.WithBytes(cheap, new byte[32 << 10], "image/png", cost: 0.001m));
        }

        Assert.Null(await host.Cache.TryGetAsync(expensive, 1));
    }

    [Fact]
    public async Task Set_EntryLargerThanTheBudget_ThrowsAndKeepsWhatIsCached()
    {
        using var host = new CacheHost(o =>
        {
            o.MemoryBudgetBytes = Budget;
            o.InlineContentLimitBytes = 4 << 20;
        });
        var kept = Requests.Image("kept");
        await host.Cache.SetAsync(kept, Requests.ResultFor(kept));
        var huge = Requests.Image("huge");

        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await host.Cache.SetAsync(huge, Requests.WithBytes(huge, new byte[3 << 20], "image/png")));

        Assert.Equal("result", error.ParamName);
        Assert.Contains("memory budget", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await host.Cache.TryGetAsync(kept, 1));
        Assert.Null(await host.Cache.TryGetAsync(huge, 1));
    }

    [Fact]
    public async Task GetOrGenerate_ResultLargerThanTheBudget_IsReturnedUncached()
    {
        using var host = new CacheHost(o =>
        {
            o.MemoryBudgetBytes = Budget;
            o.InlineContentLimitBytes = 4 << 20;
        });
        var huge = Requests.Image("huge");
        var payload = new byte[3 << 20];
        payload[^1] = 42;

        var result = await host.Cache.GetOrGenerateAsync(huge, (r, _) => ValueTask.FromResult(Requests.WithBytes(r, payload, "image/png")));

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
        Assert.Equal(payload, await Requests.ReadBytesAsync(result.GenerationResult));
        Assert.Equal(0, host.Cache.GetStatistics().EntryCount);
    }
}
