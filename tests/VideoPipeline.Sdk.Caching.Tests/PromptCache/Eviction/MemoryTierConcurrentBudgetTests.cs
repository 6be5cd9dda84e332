using VideoPipeline.Sdk.Caching.PromptCache.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>The in-memory tier keeps its byte budget, and its byte count exact, while several threads insert and read at once.</summary>
public sealed class MemoryTierConcurrentBudgetTests
{
    private const int Tasks = 4;
    private const int SetsPerTask = 20_000;
    private const int Rounds = 5;

    private static readonly GenerationRequest Request = new("simulated", "model", MediaKind.Text, "request");

    private static readonly GenerationResult Result = new(MediaKind.Text, "text/plain", MediaContent.FromBytes(ReadOnlyMemory<byte>.Empty))
    {
        Cost = Money.FromUsd(0.01m),
        ProviderLatency = TimeSpan.FromSeconds(5),
    };

    [Theory]
    [InlineData(CacheEvictionPolicy.CostAware)]
    [InlineData(CacheEvictionPolicy.LeastRecentlyUsed)]
    public async Task Set_ConcurrentInsertsOfDistinctKeys_CountsBytesExactlyAndEndsWithinFivePercentOfBudget(CacheEvictionPolicy policy)
    {
        const long budget = 4_000_000;
        var tier = new MemoryTier(budget, long.MaxValue, policy);

        await InsertConcurrently(tier, seed: 0, OwnKeys);

        Assert.Equal(tier.Entries.Sum(entry => entry.MemoryBytes), tier.MemoryBytes);
        Assert.InRange(tier.MemoryBytes, budget * 0.9, budget * 1.05);
        Assert.True(tier.Evictions > Tasks * SetsPerTask / 2, $"Only {tier.Evictions} evictions: the test must drive the tier far over its budget.");
    }

    [Theory] // Regression: inserts ran ahead of an eviction in progress and reached 1.5–4× the budget.
    [InlineData(CacheEvictionPolicy.CostAware)]
    [InlineData(CacheEvictionPolicy.LeastRecentlyUsed)]
    public async Task Set_ConcurrentInsertsOfDistinctKeys_NeverExceedBudgetByMoreThanFivePercent(CacheEvictionPolicy policy)
    {
        const long budget = 100_000_000;
        for (var round = 0; round < Rounds; round++)
        {
            var tier = new MemoryTier(budget, long.MaxValue, policy);

            var peaks = await InsertConcurrently(tier, round, OwnKeys);

            Assert.All(peaks, peak => Assert.InRange(peak, 0, budget * 1.05));
        }
    }

    [Theory] // Regression: AddOrUpdate's callback ran twice under contention and released an entry it did not replace.
    [InlineData(CacheEvictionPolicy.CostAware)]
    [InlineData(CacheEvictionPolicy.LeastRecentlyUsed)]
    public async Task Set_ConcurrentReplacementsOfSharedKeys_CountsBytesExactly(CacheEvictionPolicy policy)
    {
        for (var round = 0; round < Rounds; round++)
        {
            // Every task replaces the same 1,000 entries over and over; the budget holds them all, so nothing is evicted.
            var tier = new MemoryTier(40_000_000, long.MaxValue, policy);

            await InsertConcurrently(tier, round, static (_, random) => (UInt128)random.Next(1_000) + 1);

            Assert.Equal(0, tier.Evictions);
            Assert.Equal(tier.Entries.Sum(entry => entry.MemoryBytes), tier.MemoryBytes);
        }
    }

    /// <summary>Each task draws from its own slice of the key space, so a Set adds a new entry or replaces one of its own.</summary>
    private static UInt128 OwnKeys(int task, Random random) => ((UInt128)(uint)task << 32) + (uint)random.Next(1_000_000) + 1;

    /// <summary>
    /// Runs <see cref="Tasks"/> tasks of <see cref="SetsPerTask"/> lookups and Sets of 1–16 KB entries; returns the highest
    /// total each task saw right after its Sets.
    /// </summary>
    private static Task<long[]> InsertConcurrently(MemoryTier tier, int seed, Func<int, Random, UInt128> key)
    {
        long clock = 0;
        return Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(() =>
        {
            var random = new Random((seed * Tasks) + task);
            long peak = 0;
            for (var i = 0; i < SetsPerTask; i++)
            {
                var now = Interlocked.Increment(ref clock);
                tier.TryGet(key(task, random), now, out _, out _);
                var entry = new PromptCacheEntry(key(task, random), Request, Result, random.Next(1_000, 16_000), null, 0, random.NextDouble(), long.MaxValue, []);
                tier.Set(entry, now, out _);
                peak = Math.Max(peak, tier.MemoryBytes);
            }

            return peak;
        })));
    }
}
