namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

public sealed class MediaContentTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 10_000).Select(i => (byte)i)];

    [Fact]
    public async Task FromBytes_ExposesBytesAndReadsThemRepeatedly()
    {
        var content = MediaContent.FromBytes(Bytes);

        Assert.True(content.TryGetBytes(out var bytes));
        Assert.Equal(Bytes, bytes.ToArray());
        Assert.Equal(Bytes.Length, content.Length);
        Assert.Equal(Bytes, await ReadAll(content));
        Assert.Equal(Bytes, await ReadAll(content));
    }

    [Fact]
    public async Task FromBytes_Slice_ReadsOnlyTheSlice()
    {
        var content = MediaContent.FromBytes(Bytes.AsMemory(100, 50));

        Assert.Equal(Bytes[100..150], await ReadAll(content));
    }

    [Fact]
    public async Task FromFile_StreamsTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, Bytes);
            var content = MediaContent.FromFile(path);

            Assert.False(content.TryGetBytes(out _));
            Assert.Equal(Bytes.Length, content.Length);
            Assert.Equal(Bytes, await ReadAll(content));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromFile_Missing_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<FileNotFoundException>(() => MediaContent.FromFile(path));

        Assert.Equal(path, exception.FileName);
    }

    [Fact]
    public async Task FromStream_OpensANewStreamForEachRead()
    {
        var opened = 0;
        var content = MediaContent.FromStream(_ =>
        {
            opened++;
            return ValueTask.FromResult<Stream>(new MemoryStream(Bytes));
        }, Bytes.Length);

        Assert.Equal(Bytes, await ReadAll(content));
        Assert.Equal(Bytes, await ReadAll(content));
        Assert.Equal(2, opened);
    }

    [Fact]
    public void FromStream_NegativeLength_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MediaContent.FromStream(_ => ValueTask.FromResult(Stream.Null), -1));
    }

    private static async Task<byte[]> ReadAll(MediaContent content)
    {
        using var destination = new MemoryStream();
        await content.CopyToAsync(destination);
        return destination.ToArray();
    }
}
