namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class MediaEntryTests
{
    private static byte[] Payload(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public async Task Set_ContentAboveTheInlineLimit_GoesToTheMediaStoreAndReadsBack()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 64 << 10);
        var request = Requests.Image("a large frame");
        var payload = Payload(1 << 20, 1);

        await host.Cache.SetAsync(request, Requests.WithBytes(request, payload, "image/png"));
        var hit = await host.Cache.TryGetAsync(request, 1);

        Assert.Equal(payload, await Requests.ReadBytesAsync(hit!.Value.GenerationResult));
        Assert.Equal(1, host.MediaStore.GetStatistics().BlobCount);
        var statistics = host.Cache.GetStatistics();
        Assert.Equal(payload.Length, statistics.MediaBytes);
        Assert.True(statistics.MemoryBytes < 64 << 10);
    }

    [Fact]
    public async Task Set_SameContentForTwoRequests_IsStoredOnce()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 0);
        var payload = Payload(256 << 10, 2);

        await host.Cache.SetAsync(Requests.Image("first"), Requests.WithBytes(Requests.Image("first"), payload, "image/png"));
        await host.Cache.SetAsync(Requests.Image("second"), Requests.WithBytes(Requests.Image("second"), payload, "image/png"));

        var store = host.MediaStore.GetStatistics();
        Assert.Equal(1, store.BlobCount);
        Assert.Equal(payload.Length, store.Bytes);
        Assert.Equal(payload.Length, store.DeduplicatedBytes);
    }

    [Fact]
    public async Task Remove_LastEntryReferencingABlob_DeletesTheBlob()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 0);
        var payload = Payload(64 << 10, 3);
        await host.Cache.SetAsync(Requests.Image("first"), Requests.WithBytes(Requests.Image("first"), payload, "image/png"));
        await host.Cache.SetAsync(Requests.Image("second"), Requests.WithBytes(Requests.Image("second"), payload, "image/png"));
        var hash = ContentHash.Compute(payload);

        await host.Cache.RemoveAsync(Requests.Image("first"));
        Assert.Equal(1, (await host.MediaStore.GetInfoAsync(hash))!.Value.ReferenceCount);
        await host.Cache.RemoveAsync(Requests.Image("second"));

        Assert.Null(await host.MediaStore.GetInfoAsync(hash));
    }

    [Fact]
    public async Task GetOrGenerate_BlobMissingFromTheStore_IsCountedMissAndRegenerates()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 0);
        var request = Requests.Image("a frame");
        var payload = Payload(64 << 10, 4);
        var calls = 0;
        ValueTask<GenerationResult> Factory(GenerationRequest r, CancellationToken ct)
        {
            calls++;
            return ValueTask.FromResult(Requests.WithBytes(r, payload, "image/png"));
        }

        await host.Cache.GetOrGenerateAsync(request, Factory);
        await host.MediaStore.ReleaseAsync(ContentHash.Compute(payload));
        var again = await host.Cache.GetOrGenerateAsync(request, Factory);

        Assert.Equal(PromptCacheOutcome.Generated, again.Outcome);
        Assert.Equal(2, calls);
        Assert.Equal(1, host.Cache.GetStatistics().ReadErrors);
        Assert.Equal(payload, await Requests.ReadBytesAsync(again.GenerationResult));
    }

    [Fact]
    public async Task Set_BeyondTheMediaBudget_EvictsMediaEntriesAndReleasesTheirBlobs()
    {
        using var host = new CacheHost(o =>
        {
            o.InlineContentLimitBytes = 0;
            o.MediaBudgetBytes = 4L << 20;
            o.SemanticMatching = false;
        });
        for (var i = 0; i < 40; i++)
        {
            var request = Requests.Image("clip " + i);
            await host.Cache.SetAsync(request, Requests.WithBytes(request, Payload(256 << 10, i), "video/mp4"));
            Assert.InRange(host.Cache.GetStatistics().MediaBytes, 0, (4L << 20) * 1.05);
        }

        var statistics = host.Cache.GetStatistics();
        Assert.Equal(statistics.MediaBytes, host.MediaStore.GetStatistics().Bytes);
        Assert.Equal(statistics.EntryCount, host.MediaStore.GetStatistics().BlobCount);
    }

    [Fact]
    public async Task GetOrGenerate_StreamedContentOfUnknownLength_IsCachedAndReadableTwice()
    {
        using var host = new CacheHost(o => o.InlineContentLimitBytes = 1024);
        var payload = Payload(300 << 10, 5);
        var request = Requests.Image("streamed");
        var opened = 0;
        var content = MediaContent.FromStream(_ =>
        {
            opened++;
            return ValueTask.FromResult<Stream>(new MemoryStream(payload, writable: false));
        });

        var generated = await host.Cache.GetOrGenerateAsync(request, (r, _) => ValueTask.FromResult(new GenerationResult(r.Kind, "image/png", content)));

        Assert.Equal(payload, await Requests.ReadBytesAsync(generated.GenerationResult));
        Assert.Equal(payload, await Requests.ReadBytesAsync(generated.GenerationResult));
        Assert.Equal(1, opened);
    }
}
