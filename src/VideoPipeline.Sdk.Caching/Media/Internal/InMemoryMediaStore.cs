using System.Buffers;
using System.Security.Cryptography;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Caching.Media.Internal;

/// <summary>
/// An <see cref="IMediaStore"/> that keeps blobs in process memory, each as a list of 1 MiB chunks, never as one array.
/// </summary>
/// <remarks>
/// <para>
/// A put reads the content into chunks rented from <see cref="ArrayPool{T}.Shared"/> while hashing it incrementally, so the
/// content is read once. When the bytes are new, the chunks become the blob (the last, partial chunk is copied to an array
/// of its exact length, so a small blob does not hold a whole chunk); when they are a duplicate, the chunks go back to the
/// pool and the put costs the hash and a reference increment. A stored blob's chunks are never written again and never
/// returned to the pool, so a reader keeps a valid stream even when the blob is released while it reads.
/// </para>
/// <para>
/// Concurrency: a lock with a short critical section guards the map of blobs and their reference counts; hashing and copying
/// happen outside it. Counters are updated with <see cref="Interlocked"/> (the blob count and bytes inside the lock,
/// so they never go negative) and statistics are read without the lock.
/// </para>
/// </remarks>
internal sealed class InMemoryMediaStore : IMediaStore
{
    internal const int ChunkShift = 20;
    internal const int ChunkSize = 1 << ChunkShift;

    private readonly CachingMetrics _metrics;
    private readonly Lock _gate = new();
    private readonly Dictionary<ContentHash, Blob> _blobs = [];
    private long _blobCount;
    private long _bytes;
    private long _duplicatePuts;
    private long _deduplicatedBytes;
    private long _missingReads;

    public InMemoryMediaStore(CachingMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _metrics = metrics;
        _metrics.ObserveTierBytes(CachingMetrics.MediaTier, () => Interlocked.Read(ref _bytes));
    }

    public async ValueTask<MediaPutResult> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read.", nameof(content));
        }

        var staged = new List<byte[]>();
        var stagedTransferred = false;
        try
        {
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            var filled = ChunkSize;
            while (true)
            {
                if (filled == ChunkSize)
                {
                    staged.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                    filled = 0;
                }

                var chunk = staged[^1];
                var read = await content.ReadAsync(chunk.AsMemory(filled, ChunkSize - filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                hasher.AppendData(chunk, filled, read);
                filled += read;
                length += read;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> digest = stackalloc byte[ContentHash.SizeInBytes];
            hasher.GetHashAndReset(digest);
            var hash = ContentHash.FromBytes(digest);

            bool exists;
            lock (_gate)
            {
                exists = _blobs.ContainsKey(hash);
            }

            while (true)
            {
                // Sealing copies the last chunk, so it happens outside the lock and only when the bytes look new; the loop
                // repeats in the rare case that the blob was released between the check and the commit.
                var sealedChunks = exists ? null : Seal(staged, length);
                lock (_gate)
                {
                    if (_blobs.TryGetValue(hash, out var blob))
                    {
                        blob.References++;
                        exists = true;
                    }
                    else if (sealedChunks is not null)
                    {
                        _blobs.Add(hash, new Blob(sealedChunks, length));
                        Interlocked.Increment(ref _blobCount);
                        Interlocked.Add(ref _bytes, length);
                        stagedTransferred = true;
                        exists = false;
                    }
                    else
                    {
                        exists = false;
                        continue;
                    }
                }

                if (exists)
                {
                    Interlocked.Increment(ref _duplicatePuts);
                    Interlocked.Add(ref _deduplicatedBytes, length);
                    _metrics.RecordDeduplicated(length);
                }
                else
                {
                    ReturnUnused(staged, sealedChunks!);
                }

                return new MediaPutResult(hash, length, exists);
            }
        }
        finally
        {
            if (!stagedTransferred)
            {
                foreach (var chunk in staged)
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }
        }
    }

    public ValueTask<Stream?> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<Stream?>(cancellationToken);
        }

        Blob? blob;
        lock (_gate)
        {
            _blobs.TryGetValue(hash, out blob);
        }

        if (blob is null)
        {
            Interlocked.Increment(ref _missingReads);
            _metrics.RecordReadError(CachingMetrics.MediaTier, CachingMetrics.Missing);
            return new ValueTask<Stream?>((Stream?)null);
        }

        return new ValueTask<Stream?>(new ChunkedReadStream(blob.Chunks, blob.Length));
    }

    public ValueTask<bool> AddReferenceAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        lock (_gate)
        {
            if (!_blobs.TryGetValue(hash, out var blob))
            {
                return new ValueTask<bool>(false);
            }

            blob.References++;
            return new ValueTask<bool>(true);
        }
    }

    public ValueTask<bool> ReleaseAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        lock (_gate)
        {
            if (!_blobs.TryGetValue(hash, out var blob))
            {
                return new ValueTask<bool>(false);
            }

            if (--blob.References == 0)
            {
                _blobs.Remove(hash);
                Interlocked.Decrement(ref _blobCount);
                Interlocked.Add(ref _bytes, -blob.Length);
            }

            return new ValueTask<bool>(true);
        }
    }

    public ValueTask<MediaBlobInfo?> GetInfoAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<MediaBlobInfo?>(cancellationToken);
        }

        lock (_gate)
        {
            return new ValueTask<MediaBlobInfo?>(
                _blobs.TryGetValue(hash, out var blob) ? new MediaBlobInfo(hash, blob.Length, blob.References) : null);
        }
    }

    public MediaStoreStatistics GetStatistics() => new()
    {
        BlobCount = Interlocked.Read(ref _blobCount),
        Bytes = Interlocked.Read(ref _bytes),
        DuplicatePuts = Interlocked.Read(ref _duplicatePuts),
        DeduplicatedBytes = Interlocked.Read(ref _deduplicatedBytes),
        CorruptReads = 0,
        MissingReads = Interlocked.Read(ref _missingReads),
    };

    /// <summary>
    /// Returns the chunks a blob keeps: the full staged chunks as they are, and the partial last one copied to an array of its
    /// exact length. An empty blob has no chunks.
    /// </summary>
    private static byte[][] Seal(List<byte[]> staged, long length)
    {
        var count = (int)((length + ChunkSize - 1) >> ChunkShift);
        var chunks = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            chunks[i] = staged[i];
        }

        var lastLength = (int)(length & (ChunkSize - 1));
        if (lastLength != 0)
        {
            chunks[^1] = staged[count - 1].AsSpan(0, lastLength).ToArray();
        }

        return chunks;
    }

    /// <summary>Returns the staged chunks a new blob did not keep: the copied partial chunk and an unused empty one.</summary>
    private static void ReturnUnused(List<byte[]> staged, byte[][] kept)
    {
        for (var i = 0; i < staged.Count; i++)
        {
            if (i >= kept.Length || !ReferenceEquals(kept[i], staged[i]))
            {
                ArrayPool<byte>.Shared.Return(staged[i]);
            }
        }
    }

    private sealed class Blob(byte[][] chunks, long length)
    {
        public byte[][] Chunks { get; } = chunks;

        public long Length { get; } = length;

        public long References { get; set; } = 1;
    }
}
