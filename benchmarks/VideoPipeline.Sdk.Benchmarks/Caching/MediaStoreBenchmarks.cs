using System.Buffers.Binary;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VideoPipeline.Sdk.Caching;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;
using VideoPipeline.Sdk.Caching.Media.Internal;

namespace VideoPipeline.Sdk.Benchmarks.Caching;

/// <summary>
/// The media store with an 8 MiB blob: a put of new bytes, a put of bytes already stored, and a verified read, against the
/// two physical floors of a put (writing the bytes to a new file, and hashing them). The file-system store works in a
/// temporary directory on the machine's disk; the in-memory store is measured beside it. Content comes from a
/// <see cref="MemoryStream"/>, so the costs are the store's own and not the network's.
/// </summary>
[MemoryDiagnoser]
public class MediaStoreBenchmarks
{
    private const int Size = 8 * 1024 * 1024;

    private readonly byte[] _digest = new byte[SHA256.HashSizeInBytes];
    private byte[] _stored = null!;
    private byte[] _fresh = null!;
    private byte[] _readBuffer = null!;
    private MemoryStream _storedStream = null!;
    private MemoryStream _freshStream = null!;
    private string _root = null!;
    private string _floorPath = null!;
    private ServiceProvider _services = null!;
    private FileSystemMediaStore _fileStore = null!;
    private InMemoryMediaStore _memoryStore = null!;
    private ContentHash _storedHash;
    private long _variant;

    [GlobalSetup]
    public async Task Setup()
    {
        _stored = new byte[Size];
        new Random(42).NextBytes(_stored);
        _fresh = (byte[])_stored.Clone();
        _readBuffer = new byte[Size];
        _storedStream = new MemoryStream(_stored, writable: false);
        _freshStream = new MemoryStream(_fresh, writable: false);
        _root = Path.Join(Path.GetTempPath(), "videopipeline-media-bench", Guid.NewGuid().ToString("N"));
        _floorPath = Path.Join(_root, "floor.bin");
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new CachingMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        _fileStore = new FileSystemMediaStore(new MediaStoreOptions { RootPath = _root }, metrics, NullLogger<FileSystemMediaStore>.Instance);
        _memoryStore = new InMemoryMediaStore(metrics);
        _storedHash = (await _fileStore.PutAsync(_storedStream)).Hash;
        _storedStream.Position = 0;
        await _memoryStore.PutAsync(_storedStream);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Floor: write 8 MiB to a new file, delete it")]
    public async Task WriteFile()
    {
        var file = new FileStream(_floorPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file)
        {
            await file.WriteAsync(_stored);
        }

        File.Delete(_floorPath);
    }

    [Benchmark(Description = "Floor: SHA-256 of 8 MiB")]
    public int HashOnly() => SHA256.HashData(_stored, _digest);

    [Benchmark(Description = "File system: put new 8 MiB, release")]
    public async Task<long> PutNew() => await PutNewAndReleaseAsync(_fileStore);

    [Benchmark(Description = "File system: put duplicate 8 MiB, release")]
    public async Task<long> PutDuplicate() => await PutDuplicateAndReleaseAsync(_fileStore);

    [Benchmark(Description = "File system: get 8 MiB (verified)")]
    public async Task<int> Get() => await ReadAsync(_fileStore);

    [Benchmark(Description = "In memory: put new 8 MiB, release")]
    public async Task<long> PutNewInMemory() => await PutNewAndReleaseAsync(_memoryStore);

    [Benchmark(Description = "In memory: put duplicate 8 MiB, release")]
    public async Task<long> PutDuplicateInMemory() => await PutDuplicateAndReleaseAsync(_memoryStore);

    [Benchmark(Description = "In memory: get 8 MiB")]
    public async Task<int> GetInMemory() => await ReadAsync(_memoryStore);

    private async Task<long> PutNewAndReleaseAsync(IMediaStore store)
    {
        // A counter in the first 8 bytes makes every put's content new; the release keeps the store from growing.
        BinaryPrimitives.WriteInt64LittleEndian(_fresh, ++_variant);
        _freshStream.Position = 0;
        var put = await store.PutAsync(_freshStream);
        await store.ReleaseAsync(put.Hash);
        return put.Length;
    }

    private async Task<long> PutDuplicateAndReleaseAsync(IMediaStore store)
    {
        _storedStream.Position = 0;
        var put = await store.PutAsync(_storedStream);
        await store.ReleaseAsync(put.Hash);
        return put.Length;
    }

    private async Task<int> ReadAsync(IMediaStore store)
    {
        var stream = await store.OpenReadAsync(_storedHash) ?? throw new InvalidOperationException("The stored blob is missing.");
        await using (stream)
        {
            return await stream.ReadAtLeastAsync(_readBuffer, Size);
        }
    }
}
