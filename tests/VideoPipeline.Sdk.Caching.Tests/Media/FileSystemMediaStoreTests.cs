using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;
using VideoPipeline.Sdk.Caching.Media.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Media;

public sealed partial class FileSystemMediaStoreTests : MediaStoreContractTests
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "videopipeline-media-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeLogCollector _logs = new();

    private string TemporaryDirectory => Path.Join(_root, FileSystemMediaStore.TemporaryDirectoryName);

    private string CorruptDirectory => Path.Join(_root, FileSystemMediaStore.CorruptDirectoryName);

    [Fact]
    public async Task Files_AreNamedOnlyByHash()
    {
        var store = CreateStore();
        var first = await store.PutAsync(new MemoryStream(Content(1_000, seed: 200)));
        var second = await store.PutAsync(new MemoryStream(Content(2_000, seed: 201)));

        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.All(files, file => Assert.Matches(BlobFileName(), file));
        string[] expected = [.. new[] { first.Hash, second.Hash }.SelectMany(hash => new[] { BlobPath(hash), BlobPath(hash) + ".refs" })];
        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TemporaryDirectory));
    }

    [Fact]
    public async Task CorruptedBlob_ReadsAsNull_IsCountedLoggedAndMovedAside()
    {
        using var readErrors = new MetricCollector<long>(MeterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheReadErrors);
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(300_000, seed: 202)));
        FlipByte(put.Hash, 150_000);

        Assert.Null(await store.OpenReadAsync(put.Hash));

        var statistics = store.GetStatistics();
        Assert.Equal(1, statistics.CorruptReads);
        Assert.Equal(0, statistics.BlobCount);
        Assert.Equal(0, statistics.Bytes);
        var measurement = Assert.Single(readErrors.GetMeasurementSnapshot());
        Assert.Equal(CachingMetrics.Corrupt, measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        var warning = Assert.Single(_logs.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Equal(101, warning.Id.Id);
        Assert.Contains(put.Hash.ToString(), warning.Message, StringComparison.Ordinal);
        Assert.Equal([Path.Join(CorruptDirectory, put.Hash + ".1")], Directory.GetFiles(CorruptDirectory));
        Assert.False(File.Exists(Path.Join(_root, BlobPath(put.Hash))));
    }

    [Fact]
    public async Task CorruptedBlob_KeepsItsReferences_AndAPutOfTheSameBytesRepairsIt()
    {
        var store = CreateStore();
        var content = Content(300_000, seed: 203);
        var put = await store.PutAsync(new MemoryStream(content));
        FlipByte(put.Hash, 0);
        Assert.Null(await store.OpenReadAsync(put.Hash));

        var repair = await store.PutAsync(new MemoryStream(content));

        Assert.False(repair.WasDuplicate);
        Assert.Equal(new MediaBlobInfo(put.Hash, content.Length, 2), await store.GetInfoAsync(put.Hash));
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));
        Assert.Equal(1, store.GetStatistics().BlobCount);
        Assert.Equal(content.Length, store.GetStatistics().Bytes);
    }

    [Fact]
    public async Task TruncatedBlob_IsRepairedByAPutOfTheSameBytes()
    {
        var store = CreateStore();
        var content = Content(300_000, seed: 204);
        var put = await store.PutAsync(new MemoryStream(content));
        using (var file = File.OpenWrite(Path.Join(_root, BlobPath(put.Hash))))
        {
            file.SetLength(1_000);
        }

        var repair = await store.PutAsync(new MemoryStream(content));

        Assert.False(repair.WasDuplicate);
        Assert.Equal(new MediaBlobInfo(put.Hash, content.Length, 2), await store.GetInfoAsync(put.Hash));
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));
        Assert.Contains(_logs.GetSnapshot(), record => record.Id.Id == 104 && record.Level == LogLevel.Warning);
        Assert.Single(Directory.GetFiles(CorruptDirectory));
    }

    [Fact]
    public async Task DeletedBlob_ReadsAsNull_IsCountedAsMissing_AndItsReferenceCanStillBeReleased()
    {
        using var readErrors = new MetricCollector<long>(MeterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheReadErrors);
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(10_000, seed: 205)));
        File.Delete(Path.Join(_root, BlobPath(put.Hash)));

        Assert.Null(await store.OpenReadAsync(put.Hash));

        Assert.Equal(1, store.GetStatistics().MissingReads);
        Assert.Equal(CachingMetrics.Missing, Assert.Single(readErrors.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Contains(_logs.GetSnapshot(), record => record.Id.Id == 102 && record.Message.Contains(put.Hash.ToString(), StringComparison.Ordinal));
        Assert.Null(await store.GetInfoAsync(put.Hash));
        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ReferenceCounts_SurviveANewStoreOnTheSameDirectory()
    {
        var content = Content(50_000, seed: 206);
        var first = CreateStore();
        var put = await first.PutAsync(new MemoryStream(content));
        await first.PutAsync(new MemoryStream(content));
        await first.PutAsync(new MemoryStream(Content(7, seed: 207)));

        var second = CreateStore();

        Assert.Equal(new MediaStoreStatistics { BlobCount = 2, Bytes = content.Length + 7 }, second.GetStatistics());
        Assert.Equal(new MediaBlobInfo(put.Hash, content.Length, 2), await second.GetInfoAsync(put.Hash));
        Assert.True(await second.ReleaseAsync(put.Hash));
        Assert.Equal(content, await ReadAllAsync(second, put.Hash));
        Assert.True(await second.ReleaseAsync(put.Hash));
        Assert.Null(await second.GetInfoAsync(put.Hash));
        Assert.Equal(1, second.GetStatistics().BlobCount);
    }

    [Fact]
    public async Task MissingReferenceCount_CountsAsOneReference_SoNothingIsDeletedEarly()
    {
        var store = CreateStore();
        var content = Content(20_000, seed: 208);
        var put = await store.PutAsync(new MemoryStream(content));
        File.Delete(Path.Join(_root, BlobPath(put.Hash) + ".refs"));

        Assert.Equal(1, (await store.GetInfoAsync(put.Hash))?.ReferenceCount);
        Assert.True((await store.PutAsync(new MemoryStream(content))).WasDuplicate);
        Assert.Equal(2, (await store.GetInfoAsync(put.Hash))?.ReferenceCount);

        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Equal(content, await ReadAllAsync(store, put.Hash));
        Assert.Contains(_logs.GetSnapshot(), record => record.Id.Id == 105);
    }

    [Fact]
    public async Task UnreadableReferenceCount_CountsAsOneReference()
    {
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(20_000, seed: 209)));
        await File.WriteAllTextAsync(Path.Join(_root, BlobPath(put.Hash) + ".refs"), "not a number");

        Assert.Equal(1, (await store.GetInfoAsync(put.Hash))?.ReferenceCount);
        Assert.True(await store.ReleaseAsync(put.Hash));
        Assert.Null(await store.GetInfoAsync(put.Hash));
    }

    [Fact]
    public async Task StaleTemporaryFiles_AreRemovedAtStartup()
    {
        var store = CreateStore();
        var put = await store.PutAsync(new MemoryStream(Content(1_000, seed: 210)));
        await File.WriteAllBytesAsync(Path.Join(TemporaryDirectory, "crashed-put.tmp"), Content(5_000, seed: 211));
        await File.WriteAllBytesAsync(Path.Join(TemporaryDirectory, "crashed-count.tmp"), [1]);
        _logs.Clear();

        var restarted = CreateStore();

        Assert.Empty(Directory.EnumerateFileSystemEntries(TemporaryDirectory));
        Assert.NotNull(await restarted.GetInfoAsync(put.Hash));
        var opened = Assert.Single(_logs.GetSnapshot(), record => record.Id.Id == 100);
        Assert.Equal("2", opened.StructuredState?.Single(pair => pair.Key == "StaleTemporaryFiles").Value);
        Assert.Equal(1, restarted.GetStatistics().BlobCount);
    }

    [Fact]
    public async Task StartupScan_IgnoresFilesThatAreNotBlobs()
    {
        var blobs = Path.Join(_root, FileSystemMediaStore.BlobsDirectoryName);
        Directory.CreateDirectory(Path.Join(blobs, "ab"));
        await File.WriteAllTextAsync(Path.Join(blobs, "ab", "notes.txt"), "hello");
        await File.WriteAllTextAsync(Path.Join(blobs, "ab", new string('c', 64)), "in the wrong directory");

        var store = CreateStore();

        Assert.Equal(new MediaStoreStatistics(), store.GetStatistics());
    }

    [Fact]
    public async Task VerifyOnReadOff_ReturnsTheStoredBytesUnchecked()
    {
        var store = CreateStore(verifyOnRead: false);
        var content = Content(10_000, seed: 212);
        var put = await store.PutAsync(new MemoryStream(content));
        FlipByte(put.Hash, 5);

        var read = await ReadAllAsync(store, put.Hash);

        Assert.NotEqual(content[5], read[5]);
        Assert.Equal(0, store.GetStatistics().CorruptReads);
    }

    [Fact]
    public async Task Put_CancelledHalfway_LeavesNoTemporaryFile()
    {
        var store = CreateStore();
        var content = Content(2_000_000, seed: 213);
        using var cancellation = new CancellationTokenSource();
        var stream = new NonSeekableStream(content, afterRead: read =>
        {
            if (read >= 1_000_000)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.PutAsync(stream, cancellation.Token).AsTask());

        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Put_ContentStreamFails_LeavesNothingAndRethrows()
    {
        var store = CreateStore();
        var stream = new NonSeekableStream(Content(500_000, seed: 214), afterRead: read =>
        {
            if (read > 100_000)
            {
                throw new IOException("connection reset");
            }
        });

        var exception = await Assert.ThrowsAsync<IOException>(() => store.PutAsync(stream).AsTask());

        Assert.Equal("connection reset", exception.Message);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal(new MediaStoreStatistics(), store.GetStatistics());
    }

    [Fact]
    public void Constructor_WithoutRootPath_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new FileSystemMediaStore(new MediaStoreOptions(), Metrics, new FakeLogger<FileSystemMediaStore>(_logs)));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("RootPath", exception.Message, StringComparison.Ordinal);
    }

    protected override IMediaStore CreateStore() => CreateStore(verifyOnRead: true);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        base.Dispose(disposing);
    }

    private static string BlobPath(ContentHash hash)
    {
        var name = hash.ToString();
        return $"{FileSystemMediaStore.BlobsDirectoryName}/{name[..2]}/{name}";
    }

    [GeneratedRegex("^blobs/([0-9a-f]{2})/\\1[0-9a-f]{62}(\\.refs)?$")]
    private static partial Regex BlobFileName();

    private FileSystemMediaStore CreateStore(bool verifyOnRead) =>
        new(new MediaStoreOptions { RootPath = _root, VerifyOnRead = verifyOnRead }, Metrics, new FakeLogger<FileSystemMediaStore>(_logs));

    private void FlipByte(ContentHash hash, long position)
    {
        using var file = new FileStream(Path.Join(_root, BlobPath(hash)), FileMode.Open, FileAccess.ReadWrite);
        file.Position = position;
        var value = file.ReadByte();
        file.Position = position;
        file.WriteByte((byte)(value ^ 0xFF));
    }
}
