using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Caching.Media.Internal;

/// <summary>
/// An <see cref="IMediaStore"/> that keeps blobs as files under <see cref="MediaStoreOptions.RootPath"/>.
/// </summary>
/// <remarks>
/// <para>
/// Layout. <c>blobs/&lt;first 2 hex digits&gt;/&lt;64 hex digits&gt;</c> holds a blob's bytes and a sidecar
/// <c>&lt;64 hex digits&gt;.refs</c> its reference count as decimal text; <c>tmp/</c> holds writes in progress under random
/// names; <c>corrupt/&lt;64 hex digits&gt;.&lt;n&gt;</c> holds blobs that failed verification, kept for inspection and never
/// read again. Every name is derived from a hash the store computed or parsed, so no caller-supplied text reaches the file
/// system.
/// </para>
/// <para>
/// Writes. A put streams the content to a temporary file while hashing it, then, under the hash's lock, either adds a
/// reference and deletes the temporary file (the bytes were stored already) or renames it into place and writes a count of 1.
/// Reference counts are replaced atomically (a temporary file renamed over the old one). A new blob is renamed into place
/// before its count is written, and a released blob is deleted before its count, so a crash can leave an unreferenced blob
/// or count (a leak) but never a blob whose count is too low (a loss). A blob whose count is missing or unreadable is
/// treated as having one reference, for the same reason.
/// </para>
/// <para>
/// Reads. A blob is opened with <see cref="FileShare.Read"/> (and <see cref="FileShare.Delete"/>, so a release or a repair
/// is not blocked by a reader) and, when <see cref="MediaStoreOptions.VerifyOnRead"/> is set, hashed in full before the
/// stream is returned. A blob whose bytes no longer match its hash is moved to <c>corrupt/</c>, logged and counted, and the
/// read is a miss; its references stay, and the next put of the same bytes stores them again. A put that finds a blob of the
/// wrong length repairs it the same way; a blob of the right length is trusted on put, since verifying it would double the
/// cost of de-duplication. A missing or unreadable blob is a miss that is logged and counted, never an exception.
/// </para>
/// <para>
/// Concurrency. Every change to a hash's files happens under one of <see cref="StripeCount"/> semaphores chosen by the
/// hash, held only for renames and small metadata writes; copying and hashing happen outside it. The store assumes it is the
/// only writer of its directory: two stores (or processes) on the same directory keep blobs intact, since every blob write
/// is an atomic rename, but may lose reference-count updates, and each removes the other's temporary files when it starts.
/// Writes are not flushed to disk: after a power loss a blob may read as corrupt, which verification turns into a miss.
/// </para>
/// </remarks>
internal sealed class FileSystemMediaStore : IMediaStore
{
    internal const string BlobsDirectoryName = "blobs";
    internal const string TemporaryDirectoryName = "tmp";
    internal const string CorruptDirectoryName = "corrupt";
    internal const string ReferencesExtension = ".refs";
    private const int StripeCount = 64;
    private const int BufferSize = 80 * 1024;
    private const int MaxReferencesFileLength = 32;

    private readonly string _rootPath;
    private readonly string _blobsPath;
    private readonly string _temporaryPath;
    private readonly string _corruptPath;
    private readonly bool _verifyOnRead;
    private readonly CachingMetrics _metrics;
    private readonly ILogger<FileSystemMediaStore> _logger;
    private readonly SemaphoreSlim[] _stripes = new SemaphoreSlim[StripeCount];
    private long _blobCount;
    private long _bytes;
    private long _duplicatePuts;
    private long _deduplicatedBytes;
    private long _corruptReads;
    private long _missingReads;

    public FileSystemMediaStore(MediaStoreOptions options, CachingMetrics metrics, ILogger<FileSystemMediaStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrEmpty(options.RootPath))
        {
            throw new ArgumentException($"{nameof(MediaStoreOptions.RootPath)} must be set for the file-system media store.", nameof(options));
        }

        _rootPath = Path.GetFullPath(options.RootPath);
        _blobsPath = Path.Join(_rootPath, BlobsDirectoryName);
        _temporaryPath = Path.Join(_rootPath, TemporaryDirectoryName);
        _corruptPath = Path.Join(_rootPath, CorruptDirectoryName);
        _verifyOnRead = options.VerifyOnRead;
        _metrics = metrics;
        _logger = logger;
        for (var i = 0; i < _stripes.Length; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }

        Directory.CreateDirectory(_blobsPath);
        Directory.CreateDirectory(_temporaryPath);
        var staleTemporaryFiles = DeleteTemporaryFiles();
        CountBlobs();
        Log.MediaStoreOpened(_logger, _rootPath, _blobCount, _bytes, staleTemporaryFiles);
        _metrics.ObserveTierBytes(CachingMetrics.MediaTier, () => Interlocked.Read(ref _bytes));
    }

    public async ValueTask<MediaPutResult> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read.", nameof(content));
        }

        if (content.CanSeek && await TryPutDuplicateAsync(content, cancellationToken).ConfigureAwait(false) is { } duplicate)
        {
            return duplicate;
        }

        var temporaryPath = NewTemporaryPath();
        var placed = false;
        try
        {
            var (hash, length) = await WriteTemporaryFileAsync(content, temporaryPath, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var stripe = StripeOf(hash);
            await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // From here on the put is committed: metadata writes are short and not cancelled half-way.
                return Commit(hash, length, temporaryPath, out placed);
            }
            finally
            {
                stripe.Release();
            }
        }
        finally
        {
            if (!placed)
            {
                TryDelete(temporaryPath);
            }
        }
    }

    /// <summary>
    /// For a seekable stream, hashes the content first: when the same bytes are stored already the put costs only that hash
    /// and a reference-count write, with no temporary file. Otherwise rewinds the stream for the normal path.
    /// </summary>
    private async ValueTask<MediaPutResult?> TryPutDuplicateAsync(Stream content, CancellationToken cancellationToken)
    {
        var start = content.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        ContentHash hash;
        long length = 0;
        try
        {
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hasher.AppendData(buffer, 0, read);
                length += read;
            }

            Span<byte> digest = stackalloc byte[ContentHash.SizeInBytes];
            hasher.GetHashAndReset(digest);
            hash = ContentHash.FromBytes(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var paths = PathsOf(hash);
        var stripe = StripeOf(hash);
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = new FileInfo(paths.Blob);
            if (existing.Exists && existing.Length == length)
            {
                return AddDuplicateReference(hash, length, paths.References, ReadReferencesOfExistingBlob(hash, paths.References));
            }
        }
        finally
        {
            stripe.Release();
        }

        content.Position = start;
        return null;
    }

    public async ValueTask<Stream?> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var paths = PathsOf(hash);
        var stream = TryOpenBlob(hash, paths.Blob);
        if (stream is null)
        {
            return null;
        }

        if (!_verifyOnRead)
        {
            return stream;
        }

        bool valid;
        try
        {
            valid = await VerifyAsync(stream, hash, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            RecordMissing(hash, exception);
            return null;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (valid)
        {
            stream.Position = 0;
            return stream;
        }

        await stream.DisposeAsync().ConfigureAwait(false);
        return await QuarantineAsync(hash, paths.Blob, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> AddReferenceAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        var paths = PathsOf(hash);
        var stripe = StripeOf(hash);
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(paths.Blob))
            {
                return false;
            }

            WriteReferences(paths.References, ReadReferencesOfExistingBlob(hash, paths.References) + 1);
            return true;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async ValueTask<bool> ReleaseAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        var paths = PathsOf(hash);
        var stripe = StripeOf(hash);
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var blob = new FileInfo(paths.Blob);
            var references = ReadReferences(paths.References);
            if (references == 0)
            {
                if (!blob.Exists)
                {
                    return false;
                }

                Log.MediaReferenceCountUnreadable(_logger, hash);
                references = 1;
            }

            if (references > 1)
            {
                WriteReferences(paths.References, references - 1);
                return true;
            }

            // The blob goes before its count: a crash in between leaves a small orphan count, never a blob without one.
            if (blob.Exists)
            {
                var length = blob.Length;
                File.Delete(paths.Blob);
                Interlocked.Decrement(ref _blobCount);
                Interlocked.Add(ref _bytes, -length);
            }

            File.Delete(paths.References);
            return true;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async ValueTask<MediaBlobInfo?> GetInfoAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        var paths = PathsOf(hash);
        var stripe = StripeOf(hash);
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var blob = new FileInfo(paths.Blob);
            return blob.Exists ? new MediaBlobInfo(hash, blob.Length, ReadReferencesOfExistingBlob(hash, paths.References)) : null;
        }
        finally
        {
            stripe.Release();
        }
    }

    public MediaStoreStatistics GetStatistics() => new()
    {
        BlobCount = Interlocked.Read(ref _blobCount),
        Bytes = Interlocked.Read(ref _bytes),
        DuplicatePuts = Interlocked.Read(ref _duplicatePuts),
        DeduplicatedBytes = Interlocked.Read(ref _deduplicatedBytes),
        CorruptReads = Interlocked.Read(ref _corruptReads),
        MissingReads = Interlocked.Read(ref _missingReads),
    };

    private static async ValueTask<(ContentHash Hash, long Length)> WriteTemporaryFileAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        var preallocation = 0L;
        if (content.CanSeek)
        {
            preallocation = Math.Max(0, content.Length - content.Position);
        }

        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            PreallocationSize = preallocation,
        };

        // Two buffers, so that hashing one overlaps writing it and reading the next one.
        var current = ArrayPool<byte>.Shared.Rent(BufferSize);
        var next = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            var file = new FileStream(path, options);
            await using (file.ConfigureAwait(false))
            {
                var read = await content.ReadAsync(current.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                while (read > 0)
                {
                    var write = file.WriteAsync(current.AsMemory(0, read), cancellationToken);
                    int nextRead;
                    try
                    {
                        hasher.AppendData(current, 0, read);
                        nextRead = await content.ReadAsync(next.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        // The write reads the buffer, so it completes before the buffer is reused or returned.
                        await write.ConfigureAwait(false);
                    }

                    length += read;
                    (current, next) = (next, current);
                    read = nextRead;
                }
            }

            Span<byte> digest = stackalloc byte[ContentHash.SizeInBytes];
            hasher.GetHashAndReset(digest);
            return (ContentHash.FromBytes(digest), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    private static async ValueTask<bool> VerifyAsync(Stream stream, ContentHash expected, CancellationToken cancellationToken)
    {
        // Two buffers, so that hashing one overlaps reading the next one.
        var current = ArrayPool<byte>.Shared.Rent(BufferSize);
        var next = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var read = await stream.ReadAsync(current.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
            while (read > 0)
            {
                var nextRead = stream.ReadAsync(next.AsMemory(0, BufferSize), cancellationToken);
                try
                {
                    hasher.AppendData(current, 0, read);
                }
                finally
                {
                    read = await nextRead.ConfigureAwait(false);
                }

                (current, next) = (next, current);
            }

            Span<byte> digest = stackalloc byte[ContentHash.SizeInBytes];
            hasher.GetHashAndReset(digest);
            return ContentHash.FromBytes(digest) == expected;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    /// <summary>Opens a blob so that nobody writes it while it is read; the store itself may still delete or replace it.</summary>
    private static FileStream OpenForRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Reads a reference count; 0 when the file is missing, unreadable or does not hold a positive number.</summary>
    private static long ReadReferences(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Span<byte> text = stackalloc byte[MaxReferencesFileLength];
            var read = RandomAccess.Read(handle, text, 0);
            return long.TryParse(text[..read], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is removed when the store next starts.
            return false;
        }
    }

    /// <summary>Adds a reference to a blob already stored with the same bytes, and counts the de-duplication. Call under the hash's stripe.</summary>
    private MediaPutResult AddDuplicateReference(ContentHash hash, long length, string referencesPath, long references)
    {
        WriteReferences(referencesPath, references + 1);
        Interlocked.Increment(ref _duplicatePuts);
        Interlocked.Add(ref _deduplicatedBytes, length);
        _metrics.RecordDeduplicated(length);
        return new MediaPutResult(hash, length, WasDuplicate: true);
    }

    private MediaPutResult Commit(ContentHash hash, long length, string temporaryPath, out bool placed)
    {
        placed = false;
        var paths = PathsOf(hash);
        var existing = new FileInfo(paths.Blob);
        long references;
        if (existing.Exists)
        {
            references = ReadReferencesOfExistingBlob(hash, paths.References);
            if (existing.Length == length)
            {
                return AddDuplicateReference(hash, length, paths.References, references);
            }

            // Same hash, different length: the stored copy is corrupt. Keep it aside and store the bytes just received.
            var quarantinePath = MoveToQuarantine(hash, paths.Blob);
            Interlocked.Decrement(ref _blobCount);
            Interlocked.Add(ref _bytes, -existing.Length);
            Log.MediaBlobRepaired(_logger, hash, existing.Length, length, quarantinePath);
        }
        else
        {
            // A count without a blob remains when a corrupt blob was moved aside: its holders get the blob back.
            references = ReadReferences(paths.References);
        }

        Directory.CreateDirectory(paths.Directory);
        File.Move(temporaryPath, paths.Blob, overwrite: true);
        placed = true;
        Interlocked.Increment(ref _blobCount);
        Interlocked.Add(ref _bytes, length);
        try
        {
            WriteReferences(paths.References, references + 1);
        }
        catch when (references == 0)
        {
            // Nobody else refers to the blob just placed, and this put fails: take it back.
            if (TryDelete(paths.Blob))
            {
                Interlocked.Decrement(ref _blobCount);
                Interlocked.Add(ref _bytes, -length);
            }

            throw;
        }

        return new MediaPutResult(hash, length, WasDuplicate: false);
    }

    private FileStream? TryOpenBlob(ContentHash hash, string path)
    {
        try
        {
            return OpenForRead(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            RecordMissing(hash, exception: null);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            RecordMissing(hash, exception);
            return null;
        }
    }

    /// <summary>
    /// Moves a blob that failed verification aside, under its lock, after hashing it once more: a put may have repaired it
    /// since it was read, in which case the repaired blob is returned.
    /// </summary>
    private async ValueTask<Stream?> QuarantineAsync(ContentHash hash, string path, CancellationToken cancellationToken)
    {
        var stripe = StripeOf(hash);
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            FileStream? again = null;
            try
            {
                again = OpenForRead(path);
                if (await VerifyAsync(again, hash, cancellationToken).ConfigureAwait(false))
                {
                    again.Position = 0;
                    var repaired = again;
                    again = null;
                    return repaired;
                }

                var length = again.Length;
                await again.DisposeAsync().ConfigureAwait(false);
                again = null;
                var quarantinePath = MoveToQuarantine(hash, path);
                Interlocked.Decrement(ref _blobCount);
                Interlocked.Add(ref _bytes, -length);
                Log.MediaBlobCorrupt(_logger, hash, quarantinePath);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                // Another reader moved it aside, or its last reference was released, since it was read.
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.MediaBlobQuarantineFailed(_logger, hash, exception);
            }
            finally
            {
                if (again is not null)
                {
                    await again.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            stripe.Release();
        }

        Interlocked.Increment(ref _corruptReads);
        _metrics.RecordReadError(CachingMetrics.MediaTier, CachingMetrics.Corrupt);
        return null;
    }

    private string MoveToQuarantine(ContentHash hash, string path)
    {
        Directory.CreateDirectory(_corruptPath);
        var name = hash.ToString();
        for (var n = 1; ; n++)
        {
            var target = Path.Join(_corruptPath, string.Create(CultureInfo.InvariantCulture, $"{name}.{n}"));
            if (!File.Exists(target))
            {
                File.Move(path, target);
                return target;
            }
        }
    }

    /// <summary>Reads the count of a blob known to exist; a missing or unreadable count means one reference, never zero.</summary>
    private long ReadReferencesOfExistingBlob(ContentHash hash, string path)
    {
        var references = ReadReferences(path);
        if (references == 0)
        {
            Log.MediaReferenceCountUnreadable(_logger, hash);
            references = 1;
        }

        return references;
    }

    private void WriteReferences(string path, long count)
    {
        var temporaryPath = NewTemporaryPath();
        try
        {
            using (var handle = File.OpenHandle(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Span<byte> text = stackalloc byte[MaxReferencesFileLength];
                count.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
                RandomAccess.Write(handle, text[..written], 0);
            }

            File.Move(temporaryPath, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    private void RecordMissing(ContentHash hash, Exception? exception)
    {
        Interlocked.Increment(ref _missingReads);
        _metrics.RecordReadError(CachingMetrics.MediaTier, CachingMetrics.Missing);
        if (exception is null)
        {
            Log.MediaBlobMissing(_logger, hash);
        }
        else
        {
            Log.MediaBlobReadFailed(_logger, hash, exception);
        }
    }

    private int DeleteTemporaryFiles()
    {
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(_temporaryPath))
        {
            try
            {
                File.Delete(path);
                deleted++;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.MediaTemporaryFileNotDeleted(_logger, path, exception);
            }
        }

        return deleted;
    }

    private void CountBlobs()
    {
        foreach (var directory in new DirectoryInfo(_blobsPath).EnumerateDirectories())
        {
            if (directory.Name.Length != 2)
            {
                continue;
            }

            try
            {
                foreach (var file in directory.EnumerateFiles())
                {
                    if (ContentHash.TryParse(file.Name, out var hash)
                        && string.Equals(file.Name, hash.ToString(), StringComparison.Ordinal)
                        && file.Name.StartsWith(directory.Name, StringComparison.Ordinal))
                    {
                        _blobCount++;
                        _bytes += file.Length;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.MediaScanFailed(_logger, directory.FullName, exception);
            }
        }
    }

    private string NewTemporaryPath() => Path.Join(_temporaryPath, Guid.NewGuid().ToString("N") + ".tmp");

    private SemaphoreSlim StripeOf(ContentHash hash) => _stripes[hash.GetHashCode() & (StripeCount - 1)];

    private (string Directory, string Blob, string References) PathsOf(ContentHash hash)
    {
        var name = hash.ToString();
        var directory = Path.Join(_blobsPath, name.AsSpan(0, 2));
        var blob = Path.Join(directory, name);
        return (directory, blob, blob + ReferencesExtension);
    }
}
