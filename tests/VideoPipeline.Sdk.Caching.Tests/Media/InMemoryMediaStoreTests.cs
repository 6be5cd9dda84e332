using VideoPipeline.Sdk.Caching.Media.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Media;

public sealed class InMemoryMediaStoreTests : MediaStoreContractTests
{
    [Fact]
    public async Task Put_ContentOfExactlyWholeChunks_ReadsBackByteForByte()
    {
        var store = CreateStore();
        var content = Content(2 * InMemoryMediaStore.ChunkSize, seed: 100);
        var put = await store.PutAsync(new NonSeekableStream(content));

        await using var stream = await store.OpenReadAsync(put.Hash);

        Assert.NotNull(stream);
        stream.Position = InMemoryMediaStore.ChunkSize - 1;
        Assert.Equal(content[InMemoryMediaStore.ChunkSize - 1], stream.ReadByte());
        Assert.Equal(content[InMemoryMediaStore.ChunkSize], stream.ReadByte());
        stream.Position = content.Length;
        Assert.Equal(-1, stream.ReadByte());
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));
    }

    [Fact]
    public async Task OpenRead_ReturnsAReadOnlyStream()
    {
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(100, seed: 101)));

        await using var stream = await store.OpenReadAsync(put.Hash);

        Assert.NotNull(stream);
        Assert.False(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.WriteByte(1));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
        Assert.Throws<IOException>(() => stream.Seek(-1, SeekOrigin.Begin));
    }

    [Fact]
    public async Task OpenRead_TwoReadersOfOneBlob_KeepTheirOwnPositions()
    {
        var store = CreateStore();
        var content = Content(1_500_000, seed: 102);
        var put = await store.PutAsync(new MemoryStream(content));

        await using var first = await store.OpenReadAsync(put.Hash);
        await using var second = await store.OpenReadAsync(put.Hash);
        Assert.NotNull(first);
        Assert.NotNull(second);
        first.Position = 1_200_000;

        Assert.Equal(content[1_200_000], first.ReadByte());
        Assert.Equal(content[0], second.ReadByte());
    }

    protected override IMediaStore CreateStore() => new InMemoryMediaStore(Metrics);
}
