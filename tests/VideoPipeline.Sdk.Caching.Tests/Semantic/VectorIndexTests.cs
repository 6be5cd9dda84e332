using System.Collections.Concurrent;
using System.Diagnostics;
using System.Numerics.Tensors;
using VideoPipeline.Sdk.Benchmarks.Caching;
using VideoPipeline.Sdk.Caching.Semantic.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

public sealed class VectorIndexTests
{
    private const int Dimensions = 384;

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_DimensionsBelowOne_Throws(int dimensions)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new VectorIndex(dimensions));

        Assert.Equal("dimensions", exception.ParamName);
    }

    [Fact]
    public void NewIndex_IsEmpty_AndFindsNothing()
    {
        var index = new VectorIndex(Dimensions);
        var results = new VectorMatch[4];

        Assert.Equal(Dimensions, index.Dimensions);
        Assert.Equal(0, index.Count);
        Assert.Equal(0, index.Search(RandomVectors(1, Dimensions, seed: 1)[0], -1f, results));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(384)]
    public void Search_SmallSet_EqualsNaiveReference(int dimensions)
    {
        var vectors = RandomVectors(500, dimensions, seed: 2);
        var index = Build(vectors, dimensions);
        var results = new VectorMatch[10];

        foreach (var query in RandomVectors(20, dimensions, seed: 3))
        {
            var count = index.Search(query, -1f, results);
            var expected = Reference(vectors, query, -1f, results.Length);

            Assert.Equal(expected.Length, count);
            Assert.Equal(expected.Select(m => m.Id), results[..count].Select(m => m.Id));
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(expected[i].Similarity, results[i].Similarity, 1e-5f);
            }
        }
    }

    [Fact]
    public void Search_ReturnsBestFirst_AndRespectsMinSimilarity()
    {
        var vectors = ClusteredVectors.Entries(1000, Dimensions, clusters: 10, seed: 4);
        var index = Build(vectors, Dimensions);
        var results = new VectorMatch[50];

        foreach (var query in ClusteredVectors.NearQueries(vectors, 20, seed: 5))
        {
            var count = index.Search(query, 0.5f, results);
            var expected = Reference(vectors, query, 0.5f, results.Length);

            Assert.Equal(expected.Length, count);
            Assert.Equal(expected.Select(m => m.Id), results[..count].Select(m => m.Id));
            Assert.All(results[..count], match => Assert.True(match.Similarity >= 0.5f));
            for (var i = 1; i < count; i++)
            {
                Assert.True(results[i - 1].Similarity >= results[i].Similarity, "Results are not ordered best first.");
            }
        }
    }

    [Fact]
    public void Search_MinSimilarityAboveEveryMatch_ReturnsNothing()
    {
        var vectors = RandomVectors(100, Dimensions, seed: 6);
        var index = Build(vectors, Dimensions);
        var query = (float[])vectors[0].Clone();
        query[0] += 0.5f;
        var similarity = Cosine(vectors[0], query);
        var results = new VectorMatch[4];

        Assert.Equal(1, index.Search(query, similarity - 1e-4f, results));
        Assert.Equal(0, results[0].Id);
        Assert.Equal(0, index.Search(query, similarity + 1e-4f, results));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(0.9f)]
    public void Search_QuantizedPath_SmallSet_AgreesWithTheExactPath(float minSimilarity)
    {
        var vectors = ClusteredVectors.Entries(3000, Dimensions, clusters: 30, seed: 7);
        var exact = Build(vectors, Dimensions, exactSearchThreshold: int.MaxValue);
        var quantized = Build(vectors, Dimensions, exactSearchThreshold: 0);
        var exactResults = new VectorMatch[3];
        var quantizedResults = new VectorMatch[3];

        var misses = 0;
        foreach (var query in ClusteredVectors.NearQueries(vectors, 100, seed: 8))
        {
            var exactCount = exact.Search(query, minSimilarity, exactResults);
            var quantizedCount = quantized.Search(query, minSimilarity, quantizedResults);
            if (exactCount != quantizedCount || !exactResults.AsSpan(0, exactCount).SequenceEqual(quantizedResults.AsSpan(0, quantizedCount)))
            {
                // The re-rank is exact: when the same ids are found, the similarities are the scan's to the bit.
                misses++;
            }
        }

        Assert.True(misses <= 1, $"{misses} of 100 near queries differ from the exact path's top 3.");
    }

    [Fact]
    public void Search_ClusteredSet20k_RecallAtOneIsAtLeast99Percent()
    {
        var vectors = ClusteredVectors.Entries(20_000, Dimensions, clusters: 200, seed: 9);
        var index = Build(vectors, Dimensions);
        var rows = Rows(vectors);
        var results = new VectorMatch[1];
        Assert.True(index.Count >= VectorIndex.DefaultExactSearchThreshold, "The set must be large enough for the quantized path.");

        var queries = ClusteredVectors.NearQueries(vectors, 200, seed: 10);
        var hits = 0;
        foreach (var query in queries)
        {
            var expected = ClusteredVectors.ScanBest(rows, Dimensions, query, out _);
            if (index.Search(query, 0f, results) == 1 && results[0].Id == expected)
            {
                hits++;
            }
        }

        Assert.True(hits >= 198, $"Recall@1 is {hits / 200.0:P1}; it must be at least 99%.");
    }

    [Fact]
    public void Search_NonNegativeSparseVectors_RecallAtOneIsAtLeast99Percent()
    {
        // Lexical embeddings are non-negative: the prefilter must not rely on the signs of the values themselves.
        var (vectors, queries) = LexicalVectors.Create(10_000, 200, Dimensions, topics: 300, seed: 11);
        var index = Build(vectors, Dimensions);
        var rows = Rows(vectors.Select(Normalized).ToArray());
        var results = new VectorMatch[1];

        var hits = 0;
        foreach (var query in queries)
        {
            // Integer counts tie often: a hit is a match as similar as the scan's best, within rounding.
            ClusteredVectors.ScanBest(rows, Dimensions, Normalized(query), out var best);
            if (index.Search(query, 0f, results) == 1 && results[0].Similarity >= best - 1e-5f)
            {
                hits++;
            }
        }

        Assert.True(hits >= 198, $"Recall@1 is {hits / 200.0:P1}; it must be at least 99%.");
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void Add_ExistingId_ReplacesTheVector(int exactSearchThreshold)
    {
        var vectors = RandomVectors(3, Dimensions, seed: 12);
        var index = new VectorIndex(Dimensions, VectorIndex.DefaultSeed, exactSearchThreshold);
        index.Add(1, vectors[0]);
        index.Add(2, vectors[1]);
        var results = new VectorMatch[2];

        index.Add(1, vectors[2]);

        Assert.Equal(2, index.Count);
        Assert.Equal(1, index.Search(vectors[2], 0.99f, results));
        Assert.Equal(new VectorMatch(1, 1f), results[0] with { Similarity = MathF.Round(results[0].Similarity, 4) });
        Assert.Equal(0, index.Search(vectors[0], 0.99f, results));
    }

    [Fact]
    public void Add_KeepsANormalizedCopy()
    {
        var index = new VectorIndex(3);
        var vector = new float[] { 3, 0, 4 };
        var results = new VectorMatch[1];

        index.Add(5, vector);
        vector[0] = -3;

        Assert.Equal(1, index.Search(new float[] { 30, 0, 40 }, 0f, results));
        Assert.Equal(5, results[0].Id);
        Assert.Equal(1f, results[0].Similarity, 1e-6f);
        Assert.Equal(1, index.Search(new float[] { 1, 0, 0 }, 0f, results));
        Assert.Equal(0.6f, results[0].Similarity, 1e-6f);
    }

    [Fact]
    public void Add_VeryLargeOrVerySmallValues_AreNormalized()
    {
        var index = new VectorIndex(2);
        var results = new VectorMatch[2];

        index.Add(1, [3e38f, 3e38f]);
        index.Add(2, [1e-44f, 0]);

        Assert.Equal(2, index.Search([1, 1], -1f, results));
        Assert.Equal(new VectorMatch(1, 1f), results[0] with { Similarity = MathF.Round(results[0].Similarity, 5) });
        Assert.Equal(2, results[1].Id);
        Assert.Equal(MathF.Sqrt(0.5f), results[1].Similarity, 1e-6f);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void Add_ZeroVector_IsIgnored_AndRemovesTheId(int exactSearchThreshold)
    {
        var index = new VectorIndex(Dimensions, VectorIndex.DefaultSeed, exactSearchThreshold);
        var zero = new float[Dimensions];
        var vector = RandomVectors(1, Dimensions, seed: 13)[0];
        var results = new VectorMatch[2];

        index.Add(1, zero);
        Assert.Equal(0, index.Count);

        index.Add(2, vector);
        index.Add(2, zero);

        Assert.Equal(0, index.Count);
        Assert.Equal(0, index.Search(vector, -1f, results));
    }

    [Fact]
    public void Search_ZeroQuery_ReturnsNothing()
    {
        var index = Build(RandomVectors(10, Dimensions, seed: 14), Dimensions);

        Assert.Equal(0, index.Search(new float[Dimensions], -1f, new VectorMatch[3]));
    }

    [Fact]
    public void Search_EmptyResults_ReturnsZero()
    {
        var vectors = RandomVectors(10, Dimensions, seed: 15);
        var index = Build(vectors, Dimensions);

        Assert.Equal(0, index.Search(vectors[0], -1f, Span<VectorMatch>.Empty));
    }

    [Fact]
    public void AddAndSearch_WrongLength_ThrowArgumentExceptionNamingTheParameter()
    {
        var index = new VectorIndex(Dimensions);

        var add = Assert.Throws<ArgumentException>(() => index.Add(1, new float[Dimensions - 1]));
        var search = Assert.Throws<ArgumentException>(() => index.Search(new float[Dimensions + 1], 0f, new VectorMatch[1]));

        Assert.Equal("vector", add.ParamName);
        Assert.Contains($"{Dimensions - 1} values", add.Message, StringComparison.Ordinal);
        Assert.Equal("query", search.ParamName);
        Assert.Contains($"{Dimensions} dimensions", search.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void AddAndSearch_NonFiniteValue_ThrowArgumentException(float value)
    {
        var index = new VectorIndex(4);
        float[] vector = [1, value, 0, 0];

        Assert.Equal("vector", Assert.Throws<ArgumentException>(() => index.Add(1, vector)).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentException>(() => index.Search(vector, 0f, new VectorMatch[1])).ParamName);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Search_NaNMinSimilarity_ThrowsArgumentException()
    {
        var index = new VectorIndex(4);

        var exception = Assert.Throws<ArgumentException>(() => index.Search([1, 0, 0, 0], float.NaN, new VectorMatch[1]));

        Assert.Equal("minSimilarity", exception.ParamName);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void Remove_KeepsEveryOtherEntryFindable_AndReusesTheSlots(int exactSearchThreshold)
    {
        var vectors = RandomVectors(1500, Dimensions, seed: 16);
        var index = Build(vectors, Dimensions, exactSearchThreshold);
        var memory = index.MemoryBytes;
        var removed = Enumerable.Range(0, vectors.Length).Where(i => i % 3 == 0).ToHashSet();

        foreach (var id in removed)
        {
            Assert.True(index.Remove(id));
        }

        Assert.False(index.Remove(0));
        Assert.False(index.Remove(123_456));
        Assert.Equal(vectors.Length - removed.Count, index.Count);
        var results = new VectorMatch[1];
        for (var id = 0; id < vectors.Length; id++)
        {
            var found = index.Search(vectors[id], 0.999f, results) == 1 && results[0].Id == id;
            Assert.True(found != removed.Contains(id), $"Id {id}: found {found}, removed {removed.Contains(id)}.");
        }

        // Adding as many again fills the freed slots instead of growing.
        foreach (var id in removed)
        {
            index.Add(id + 10_000, vectors[id]);
        }

        Assert.Equal(vectors.Length, index.Count);
        Assert.Equal(memory, index.MemoryBytes);
        Assert.Equal(1, index.Search(vectors[0], 0.999f, results));
        Assert.Equal(10_000, results[0].Id);
    }

    [Fact]
    public void MemoryBytes_StaysWithinBytesPerEntry_AndShrinksWhenEntriesAreRemoved()
    {
        var vectors = RandomVectors(5000, Dimensions, seed: 17);
        var empty = new VectorIndex(Dimensions).MemoryBytes;
        var index = Build(vectors, Dimensions);
        var perEntry = VectorIndex.BytesPerEntry(Dimensions);

        // 1,536 (float32 vector) + 48 (384-bit code) + 8 (id) + 28 (dictionary entry).
        Assert.Equal(1620, perEntry);
        var full = index.MemoryBytes;
        Assert.InRange(full - empty, vectors.Length * (perEntry - 28), (vectors.Length * perEntry) + (index.SlotsPerChunk * perEntry) + (vectors.Length * 28L));

        for (var id = 0; id < vectors.Length; id++)
        {
            index.Remove(id);
        }

        Assert.Equal(0, index.Count);
        Assert.True(index.MemoryBytes <= empty + (2L * index.SlotsPerChunk * perEntry), $"{index.MemoryBytes} bytes left after removing everything.");
    }

    [Fact]
    public void BytesPerEntry_DimensionsBelowOne_Throws()
    {
        Assert.Equal("dimensions", Assert.Throws<ArgumentOutOfRangeException>(() => VectorIndex.BytesPerEntry(0)).ParamName);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void Search_AfterWarmUp_DoesNotAllocate(int exactSearchThreshold)
    {
        var vectors = ClusteredVectors.Entries(3000, Dimensions, clusters: 30, seed: 18);
        var index = Build(vectors, Dimensions, exactSearchThreshold);
        var queries = ClusteredVectors.NearQueries(vectors, 16, seed: 19);
        var results = new VectorMatch[5];
        foreach (var query in queries)
        {
            index.Search(query, 0f, results);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var query in queries)
        {
            index.Search(query, 0f, results);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public async Task ConcurrentAddRemoveSearch_KeepsTheIndexConsistent()
    {
        // Each writer owns a range of ids, so it knows exactly which of them are present; searches run beside it on the
        // exact path and the quantized one as the count crosses the threshold.
        const int Writers = 3;
        const int IdsPerWriter = 400;
        var index = new VectorIndex(64, VectorIndex.DefaultSeed, exactSearchThreshold: 500);
        var vectors = RandomVectors(Writers * IdsPerWriter, 64, seed: 20);
        var present = new HashSet<long>[Writers];
        var duration = TimeSpan.FromSeconds(1.5);
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            var random = new Random(w);
            var mine = present[w] = [];
            var results = new VectorMatch[3];
            while (clock.Elapsed < duration)
            {
                long id = (w * IdsPerWriter) + random.Next(IdsPerWriter);
                if (random.Next(3) == 0)
                {
                    if (index.Remove(id) != mine.Remove(id))
                    {
                        failures.Enqueue($"Remove({id}) disagreed with the writer's record.");
                    }
                }
                else
                {
                    index.Add(id, vectors[id]);
                    mine.Add(id);
                    if (index.Search(vectors[id], 0.999f, results) < 1 || results[0].Id != id)
                    {
                        failures.Enqueue($"Id {id} was not found right after it was added.");
                    }
                }
            }
        })).ToArray();
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            var random = new Random(100 + r);
            var results = new VectorMatch[8];
            while (clock.Elapsed < duration)
            {
                var count = index.Search(vectors[random.Next(vectors.Length)], -1f, results);
                for (var i = 0; i < count; i++)
                {
                    if (results[i].Similarity is < -1f or > 1f || (i > 0 && results[i - 1].Similarity < results[i].Similarity))
                    {
                        failures.Enqueue($"Results out of order or out of range: {string.Join(", ", results[..count].ToArray())}.");
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll([.. writers, .. readers]);

        Assert.Empty(failures);
        var expected = present.SelectMany(set => set).ToHashSet();
        Assert.Equal(expected.Count, index.Count);
        var found = new VectorMatch[1];
        for (long id = 0; id < vectors.Length; id++)
        {
            var isFound = index.Search(vectors[id], 0.999f, found) == 1 && found[0].Id == id;
            Assert.True(isFound == expected.Contains(id), $"Id {id}: found {isFound}, present {expected.Contains(id)}.");
            if (isFound)
            {
                Assert.Equal(1f, found[0].Similarity, 1e-5f);
            }
        }
    }

    private static VectorIndex Build(float[][] vectors, int dimensions, int exactSearchThreshold = VectorIndex.DefaultExactSearchThreshold)
    {
        var index = new VectorIndex(dimensions, VectorIndex.DefaultSeed, exactSearchThreshold);
        for (var id = 0; id < vectors.Length; id++)
        {
            index.Add(id, vectors[id]);
        }

        return index;
    }

    private static VectorMatch[] Reference(float[][] vectors, float[] query, float minSimilarity, int take) =>
        [.. vectors
            .Select((vector, id) => new VectorMatch(id, Cosine(vector, query)))
            .Where(match => match.Similarity >= minSimilarity)
            .OrderByDescending(match => match.Similarity)
            .ThenBy(match => match.Id)
            .Take(take)];

    private static float Cosine(float[] a, float[] b)
    {
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            aa += (double)a[i] * a[i];
            bb += (double)b[i] * b[i];
        }

        return (float)(dot / Math.Sqrt(aa * bb));
    }

    private static float[] Normalized(float[] vector)
    {
        var result = new float[vector.Length];
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), result);
        return result;
    }

    private static float[] Rows(float[][] vectors)
    {
        var rows = new float[vectors.Length * vectors[0].Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i].CopyTo(rows, i * vectors[i].Length);
        }

        return rows;
    }

    private static float[][] RandomVectors(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dimensions).Select(_ => (random.NextSingle() * 2) - 1).ToArray())];
    }
}
