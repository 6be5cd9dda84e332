using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Media;

/// <summary>The behaviour every <see cref="IMediaStore"/> shares; each store runs these through a derived class.</summary>
public abstract class MediaStoreContractTests : IDisposable
{
    private readonly ServiceProvider _services;

    protected MediaStoreContractTests()
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        MeterFactory = _services.GetRequiredService<IMeterFactory>();
        Metrics = new CachingMetrics(MeterFactory);
    }

    internal CachingMetrics Metrics { get; }

    protected IMeterFactory MeterFactory { get; }

    [Fact]
    public async Task Put_MultiMegabyteNonSeekableStream_ReadsBackTheSameBytes()
    {
        var store = CreateStore();
        var content = Content(5 * 1024 * 1024 + 123, seed: 1);

        var put = await store.PutAsync(new NonSeekableStream(content, maxRead: 100_000));

        Assert.Equal(ContentHash.Compute(content), put.Hash);
        Assert.Equal(content.Length, put.Length);
        Assert.False(put.WasDuplicate);
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));
    }

    [Fact]
    public async Task Put_EmptyContent_IsStoredAndReadBack()
    {
        var store = CreateStore();

        var put = await store.PutAsync(new MemoryStream());

        Assert.Equal(ContentHash.Compute([]), put.Hash);
        Assert.Equal(0, put.Length);
        Assert.Empty(await ReadAllAsync(store, put.Hash));
        Assert.Equal(new MediaBlobInfo(put.Hash, 0, 1), await store.GetInfoAsync(put.Hash));
    }

    [Fact]
    public async Task Put_ReadsFromTheCurrentPositionAndLeavesTheStreamOpen()
    {
        var store = CreateStore();
        var content = Content(10_000, seed: 2);
        using var stream = new MemoryStream(content) { Position = 1_000 };

        var put = await store.PutAsync(stream);

        Assert.Equal(ContentHash.Compute(content.AsSpan(1_000)), put.Hash);
        Assert.Equal(9_000, put.Length);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task OpenRead_ReturnsASeekableStreamAtTheStart()
    {
        var store = CreateStore();
        var content = Content(3 * 1024 * 1024, seed: 3);
        var put = await store.PutAsync(new MemoryStream(content));

        await using var stream = await store.OpenReadAsync(put.Hash);

        Assert.NotNull(stream);
        Assert.Equal(0, stream.Position);
        Assert.Equal(content.Length, stream.Length);
        stream.Seek(-10, SeekOrigin.End);
        var tail = new byte[10];
        await stream.ReadExactlyAsync(tail);
        Assert.Equal(content[^10..], tail);
    }

    [Fact]
    public async Task Put_SameBytesTwice_KeepsOneCopyAndCountsTheDuplicate()
    {
        using var deduplicated = new MetricCollector<long>(MeterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheDeduplicatedBytes);
        var store = CreateStore();
        var content = Content(1_500_000, seed: 4);

        var first = await store.PutAsync(new NonSeekableStream(content));
        var second = await store.PutAsync(new NonSeekableStream(content));

        Assert.False(first.WasDuplicate);
        Assert.True(second.WasDuplicate);
        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal(new MediaBlobInfo(first.Hash, content.Length, 2), await store.GetInfoAsync(first.Hash));
        var statistics = store.GetStatistics();
        Assert.Equal(1, statistics.BlobCount);
        Assert.Equal(content.Length, statistics.Bytes);
        Assert.Equal(1, statistics.DuplicatePuts);
        Assert.Equal(content.Length, statistics.DeduplicatedBytes);
        Assert.Equal(content.Length, deduplicated.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task Release_KeepsTheBlobUntilTheLastReferenceIsReleased()
    {
        var store = CreateStore();
        var content = Content(200_000, seed: 5);
        var put = await store.PutAsync(new MemoryStream(content));
        await store.PutAsync(new MemoryStream(content));

        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Equal(new MediaBlobInfo(put.Hash, content.Length, 1), await store.GetInfoAsync(put.Hash));
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));

        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Null(await store.GetInfoAsync(put.Hash));
        Assert.False(await store.ReleaseAsync(put.Hash));
        Assert.Equal(new MediaStoreStatistics { DuplicatePuts = 1, DeduplicatedBytes = content.Length }, store.GetStatistics());
    }

    [Fact]
    public async Task Release_UnknownHash_ReturnsFalse()
    {
        var store = CreateStore();

        Assert.False(await store.ReleaseAsync(ContentHash.Compute("never stored"u8)));
    }

    [Fact]
    public async Task AddReference_StoredBlob_NeedsOneMoreRelease()
    {
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(1_000, seed: 6)));

        Assert.True(await store.AddReferenceAsync(put.Hash));
        Assert.Equal(2, (await store.GetInfoAsync(put.Hash))?.ReferenceCount);

        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.NotNull(await store.GetInfoAsync(put.Hash));
        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Null(await store.GetInfoAsync(put.Hash));
    }

    [Fact]
    public async Task AddReference_MissingBlob_ReturnsFalseAndStoresNothing()
    {
        var store = CreateStore();
        var hash = ContentHash.Compute("never stored"u8);

        Assert.False(await store.AddReferenceAsync(hash));
        Assert.Null(await store.GetInfoAsync(hash));
        Assert.False(await store.ReleaseAsync(hash));
    }

    [Fact]
    public async Task OpenRead_UnknownHash_ReturnsNullAndCountsAMissingRead()
    {
        using var readErrors = new MetricCollector<long>(MeterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheReadErrors);
        var store = CreateStore();

        Assert.Null(await store.OpenReadAsync(ContentHash.Compute("never stored"u8)));

        Assert.Equal(1, store.GetStatistics().MissingReads);
        var measurement = Assert.Single(readErrors.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(CachingMetrics.MediaTier, measurement.Tags[VideoPipelineDiagnostics.CacheTierTag]);
        Assert.Equal(CachingMetrics.Missing, measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    [Fact]
    public async Task OpenRead_StreamStaysReadableAfterTheLastReferenceIsReleased()
    {
        var store = CreateStore();
        var content = Content(2_000_000, seed: 7);
        var put = await store.PutAsync(new MemoryStream(content));

        await using var stream = await store.OpenReadAsync(put.Hash);
        Assert.True(await store.ReleaseAsync(put.Hash));

        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Null(await store.GetInfoAsync(put.Hash));
    }

    [Fact]
    public async Task Put_CancelledHalfway_StoresNothingAndAddsNoReference()
    {
        var store = CreateStore();
        var content = Content(4 * 1024 * 1024, seed: 8);
        var hash = ContentHash.Compute(content);
        using var cancellation = new CancellationTokenSource();
        var stream = new NonSeekableStream(content, afterRead: read =>
        {
            if (read >= content.Length / 2)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.PutAsync(stream, cancellation.Token).AsTask());

        Assert.Null(await store.GetInfoAsync(hash));
        Assert.Equal(new MediaStoreStatistics(), store.GetStatistics());
        Assert.False((await store.PutAsync(new MemoryStream(content))).WasDuplicate);
    }

    [Fact]
    public async Task Put_CancelledHalfway_OfStoredBytes_AddsNoReference()
    {
        var store = CreateStore();
        var content = Content(1_000_000, seed: 9);
        var put = await store.PutAsync(new MemoryStream(content));
        using var cancellation = new CancellationTokenSource();
        var stream = new NonSeekableStream(content, maxRead: 10_000, afterRead: read =>
        {
            if (read >= 500_000)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.PutAsync(stream, cancellation.Token).AsTask());

        Assert.Equal(1, (await store.GetInfoAsync(put.Hash))?.ReferenceCount);
        Assert.Equal(0, store.GetStatistics().DuplicatePuts);
    }

    [Fact]
    public async Task Put_AlreadyCancelledToken_Throws()
    {
        var store = CreateStore();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.PutAsync(new NonSeekableStream(Content(1_000, seed: 10)), new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(0, store.GetStatistics().BlobCount);
    }

    [Fact]
    public async Task Put_NullContent_Throws()
    {
        var store = CreateStore();

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => store.PutAsync(null!).AsTask());

        Assert.Equal("content", exception.ParamName);
    }

    [Fact]
    public async Task Put_UnreadableContent_Throws()
    {
        var store = CreateStore();
        var disposed = new MemoryStream([1, 2, 3]);
        await disposed.DisposeAsync();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(disposed).AsTask());

        Assert.Equal("content", exception.ParamName);
        Assert.Contains("cannot be read", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentPutsAndReleases_OfTheSameContents_LeaveExactReferenceCounts()
    {
        var store = CreateStore();
        byte[][] contents = [Content(1, seed: 11), Content(4_096, seed: 12), Content(100_000, seed: 13), Content(1_100_000, seed: 14)];
        var hashes = contents.Select(c => ContentHash.Compute(c)).ToArray();
        const int Tasks = 8;
        const int OperationsPerTask = 40;

        var held = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
        {
            var random = new Random(task);
            var mine = new long[contents.Length];
            for (var i = 0; i < OperationsPerTask; i++)
            {
                var which = random.Next(contents.Length);
                if (mine[which] > 0 && random.Next(3) == 0)
                {
                    Assert.True(await store.ReleaseAsync(hashes[which]));
                    mine[which]--;
                }
                else
                {
                    var put = await store.PutAsync(new NonSeekableStream(contents[which], maxRead: 32 * 1024));
                    Assert.Equal(hashes[which], put.Hash);
                    mine[which]++;
                }
            }

            return mine;
        })));

        var expected = Enumerable.Range(0, contents.Length).Select(i => held.Sum(mine => mine[i])).ToArray();
        for (var i = 0; i < contents.Length; i++)
        {
            var info = await store.GetInfoAsync(hashes[i]);
            if (expected[i] == 0)
            {
                Assert.Null(info);
            }
            else
            {
                Assert.Equal(new MediaBlobInfo(hashes[i], contents[i].Length, expected[i]), info);
                Assert.Equal(contents[i], await ReadAllAsync(store, hashes[i]));
            }
        }

        var statistics = store.GetStatistics();
        Assert.Equal(expected.Count(count => count > 0), statistics.BlobCount);
        Assert.Equal(Enumerable.Range(0, contents.Length).Where(i => expected[i] > 0).Sum(i => (long)contents[i].Length), statistics.Bytes);

        for (var i = 0; i < contents.Length; i++)
        {
            for (var r = 0; r < expected[i]; r++)
            {
                Assert.True(await store.ReleaseAsync(hashes[i]));
            }
        }

        Assert.Equal(0, store.GetStatistics().BlobCount);
        Assert.Equal(0, store.GetStatistics().Bytes);
    }

    [Fact]
    public async Task ConcurrentPuts_OfTheSameNewContent_StoreItOnce()
    {
        var store = CreateStore();
        var content = Content(1_200_000, seed: 15);

        var puts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.PutAsync(new NonSeekableStream(content)).AsTask())));

        Assert.Single(puts, put => !put.WasDuplicate);
        Assert.Equal(8, (await store.GetInfoAsync(puts[0].Hash))?.ReferenceCount);
        Assert.Equal(new MediaStoreStatistics { BlobCount = 1, Bytes = content.Length, DuplicatePuts = 7, DeduplicatedBytes = 7L * content.Length }, store.GetStatistics());
        Assert.Equal(content, await ReadAllAsync(store, puts[0].Hash));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    internal static byte[] Content(int length, int seed)
    {
        var content = new byte[length];
        new Random(seed).NextBytes(content);
        return content;
    }

    internal static async Task<byte[]> ReadAllAsync(IMediaStore store, ContentHash hash)
    {
        var stream = await store.OpenReadAsync(hash);
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[7_777];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
    }

    protected abstract IMediaStore CreateStore();

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _services.Dispose();
        }
    }
}
