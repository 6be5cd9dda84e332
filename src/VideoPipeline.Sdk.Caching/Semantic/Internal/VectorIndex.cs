using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// An in-memory cosine-similarity index of L2-normalized float32 vectors, keyed by a <see cref="long"/> id: the vector
/// search of the semantic tier.
/// </summary>
/// <remarks>
/// <para>
/// <b>Storage.</b> Slots are dense (a removed slot takes the last slot's vector) and live in chunks of a fixed number of
/// slots, each a struct of arrays: the normalized vectors row after row, their sign codes and their ids. Growing adds a
/// chunk and never copies the vectors already stored (only the first chunk starts at one slot and doubles), and a chunk left
/// empty by removals is released (one empty chunk is kept as a reserve). An entry costs <see cref="BytesPerEntry"/>
/// (1,620 bytes at 384 dimensions: 1,536 of float32 vector, 48 of code, 8 of id, 28 of dictionary entry); on top come the
/// free slots of at most two chunks (815 KB each at 384 dimensions) and the dictionary's spare capacity, which
/// <see cref="MemoryBytes"/> reports with the entries. The hyperplanes (590 KB at 384 dimensions) are built once per
/// dimension and seed and shared by every index in the process (the prompt cache keeps one index per request context).
/// </para>
/// <para>
/// <b>Search.</b> Below <see cref="DefaultExactSearchThreshold"/> entries the search is exact: a SIMD float32 dot product with every
/// stored vector (they are normalized, so the dot product is the cosine similarity). From there on it has two stages. The
/// prefilter compares 1-bit codes: sign random projections on orthogonalized Gaussian hyperplanes
/// (<see cref="SignRandomProjection"/>), whose Hamming distance estimates the angle; it reads 48 bytes per entry instead of
/// 1,536 at 384 dimensions. The re-rank then computes the exact float32 similarity of candidates in increasing Hamming
/// distance and stops at the distance that a vector better than the worst match kept (or than the minimum similarity)
/// exceeds with probability below 0.2% (<see cref="SignRandomProjection.DistanceBound"/>): the number of candidates adapts to
/// the query, and similarities reported are exact. At most <c>max(256, Count / 16, 4 × results)</c> candidates are re-ranked, which
/// only binds for queries far from every entry (best similarity around 0.3 or less with a minimum similarity of 0); a
/// search with a high minimum similarity, as the semantic tier runs it, re-ranks few. On seeded clustered data of 384
/// dimensions (queries at similarity 0.85 to 0.95 to an entry, a quarter of them with a runner-up within 0.02) the top
/// match equals the float32 scan's for 1,000 queries of 1,000 at 10,000 and 100,000 entries, 20 to 30 times faster at
/// 100,000 (<c>benchmarks/results/SemanticLookupBenchmarks.md</c>).
/// </para>
/// <para>
/// <b>Thread safety.</b> A <see cref="ReaderWriterLockSlim"/>: searches run concurrently under the read lock; adds and
/// removes take the write lock for a short critical section (normalizing and encoding happen before it). The lock is never
/// disposed: it holds no wait handle until contention creates one, which its finalizer releases.
/// </para>
/// <para>
/// <b>Allocation.</b> Exact searches allocate nothing; quantized searches rent their distance and candidate buffers from
/// <see cref="ArrayPool{T}.Shared"/> and use the stack for the rest.
/// </para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The lock holds no wait handle until contention creates one, and that handle's finalizer releases it; the index lives as long as its cache.")]
internal sealed class VectorIndex
{
    /// <summary>The entry count from which searches use the quantized path: 2,048.</summary>
    public const int DefaultExactSearchThreshold = 2048;

    /// <summary>The most dimensions: the hyperplanes of the prefilter must fit in one array (about 4 million).</summary>
    public const int MaxDimensions = 0x7FFFFFC7 / SignRandomProjection.MaxBits;

    /// <summary>The seed of the hyperplanes when none is given, so that every index of the same dimensions encodes alike.</summary>
    public const int DefaultSeed = 0x5EED;

    private const int MinCandidates = 256;
    private const int CandidateDivisor = 16;
    // One slot: the prompt cache keeps an index per request context, and most contexts hold a handful of prompts.
    private const int InitialChunkCapacity = 1;
    private const int TargetChunkBytes = 1 << 20;
    private const int MaxStackFloats = 1024;

    // A Dictionary<long, int> entry (hash code, next, key, value: 24 bytes) and its bucket (4 bytes).
    private const int DictionaryBytesPerEntry = 28;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<long, int> _slots = [];
    private readonly SignRandomProjection _projection;
    private readonly int _exactSearchThreshold;
    private readonly int _chunkShift;
    private readonly int _chunkMask;
    private VectorChunk[] _chunks = [];
    private int _chunkCount;
    private int _count;
    private long _memoryBytes;

    /// <summary>Initializes a new instance of the <see cref="VectorIndex"/> class with the <see cref="DefaultSeed"/>.</summary>
    /// <param name="dimensions">The length of the vectors, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is less than 1 or more than <see cref="MaxDimensions"/>.</exception>
    public VectorIndex(int dimensions)
        : this(dimensions, DefaultSeed)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VectorIndex"/> class.</summary>
    /// <param name="dimensions">The length of the vectors, at least 1.</param>
    /// <param name="seed">The seed of the random hyperplanes of the prefilter.</param>
    /// <param name="exactSearchThreshold">The entry count from which searches use the quantized path; tests lower it.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="dimensions"/> is less than 1 or more than <see cref="MaxDimensions"/>, or <paramref name="exactSearchThreshold"/> is negative.
    /// </exception>
    internal VectorIndex(int dimensions, int seed, int exactSearchThreshold = DefaultExactSearchThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(exactSearchThreshold);
        Dimensions = dimensions;
        _projection = SignRandomProjection.For(dimensions, seed);
        _exactSearchThreshold = exactSearchThreshold;
        _chunkShift = ChunkShift(dimensions);
        _chunkMask = (1 << _chunkShift) - 1;
    }

    /// <summary>Gets the length of the vectors.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the number of vectors stored.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Gets the bytes the index holds in arrays: the chunks (vectors, codes, ids), the id dictionary's entries and the
    /// hyperplanes of the prefilter (a fixed <c>4 × dimensions × bits</c> bytes, 590 KB at 384 dimensions).
    /// </summary>
    public long MemoryBytes => Volatile.Read(ref _memoryBytes);

    /// <summary>Gets the number of slots of a full chunk.</summary>
    internal int SlotsPerChunk => 1 << _chunkShift;

    /// <summary>
    /// The bytes one entry costs: its float32 vector (<c>4 × dimensions</c>), its sign code (<c>bits / 8</c>), its id (8)
    /// and its dictionary entry (28); 1,620 bytes at 384 dimensions. <see cref="MemoryBytes"/> adds
    /// the free slots of the last chunk and the dictionary's spare capacity.
    /// </summary>
    /// <param name="dimensions">The length of the vectors, at least 1.</param>
    /// <returns>The bytes per entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is less than 1.</exception>
    public static long BytesPerEntry(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        return (dimensions * (long)sizeof(float)) + (SignRandomProjection.BitsFor(dimensions) / 8) + sizeof(long) + DictionaryBytesPerEntry;
    }

    /// <summary>
    /// Adds a vector under an id, or replaces the vector of an id already present. The index keeps a normalized copy. A zero
    /// vector cannot match anything: adding one removes the id.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="vector">The vector, of <see cref="Dimensions"/> finite values.</param>
    /// <exception cref="ArgumentException"><paramref name="vector"/> does not have <see cref="Dimensions"/> values or has a value that is not finite.</exception>
    public void Add(long id, ReadOnlySpan<float> vector)
    {
        CheckVector(vector, nameof(vector));
        float[]? rented = null;
        var normalized = Dimensions <= MaxStackFloats ? stackalloc float[Dimensions] : (rented = ArrayPool<float>.Shared.Rent(Dimensions)).AsSpan(0, Dimensions);
        try
        {
            if (!TryNormalize(vector, normalized, nameof(vector)))
            {
                Remove(id);
                return;
            }

            Span<ulong> code = stackalloc ulong[_projection.Words];
            _projection.Encode(normalized, code);

            _lock.EnterWriteLock();
            try
            {
                if (!_slots.TryGetValue(id, out var slot))
                {
                    slot = _count;
                    EnsureSlot(slot);
                    _slots.Add(id, slot);
                    Volatile.Write(ref _count, slot + 1);
                }

                var chunk = _chunks[slot >> _chunkShift];
                var offset = slot & _chunkMask;
                normalized.CopyTo(chunk.Vectors.AsSpan(offset * Dimensions, Dimensions));
                code.CopyTo(chunk.Codes.AsSpan(offset * _projection.Words, _projection.Words));
                chunk.Ids[offset] = id;
                UpdateMemoryBytes();
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Removes the vector of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when the id was present.</returns>
    public bool Remove(long id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.Remove(id, out var slot))
            {
                return false;
            }

            var last = _count - 1;
            if (slot != last)
            {
                // Keep the slots dense: the last slot moves into the hole.
                var from = _chunks[last >> _chunkShift];
                var fromOffset = last & _chunkMask;
                var to = _chunks[slot >> _chunkShift];
                var toOffset = slot & _chunkMask;
                var words = _projection.Words;
                from.Vectors.AsSpan(fromOffset * Dimensions, Dimensions).CopyTo(to.Vectors.AsSpan(toOffset * Dimensions));
                from.Codes.AsSpan(fromOffset * words, words).CopyTo(to.Codes.AsSpan(toOffset * words));
                var movedId = from.Ids[fromOffset];
                to.Ids[toOffset] = movedId;
                _slots[movedId] = slot;
            }

            Volatile.Write(ref _count, last);
            if (last < _slots.EnsureCapacity(0) / 4 && last > InitialChunkCapacity)
            {
                _slots.TrimExcess();
            }

            // Release trailing chunks, keeping at most one empty chunk so that add-remove cycles at a boundary do not churn.
            while (_chunkCount > 1 && last <= (_chunkCount - 2) << _chunkShift)
            {
                _chunks[--_chunkCount] = null!;
            }

            UpdateMemoryBytes();
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Finds the stored vectors most similar to a query, best first (ties: the smaller id first), with a cosine similarity of
    /// at least <paramref name="minSimilarity"/>.
    /// </summary>
    /// <param name="query">The query, of <see cref="Dimensions"/> finite values; it need not be normalized.</param>
    /// <param name="minSimilarity">The least cosine similarity of a match.</param>
    /// <param name="results">Receives the matches; its length is the most matches returned.</param>
    /// <returns>The number of matches written to <paramref name="results"/>; 0 for a zero query.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="query"/> does not have <see cref="Dimensions"/> values or has a value that is not finite, or
    /// <paramref name="minSimilarity"/> is NaN.
    /// </exception>
    public int Search(ReadOnlySpan<float> query, float minSimilarity, Span<VectorMatch> results)
    {
        CheckVector(query, nameof(query));
        if (float.IsNaN(minSimilarity))
        {
            throw new ArgumentException("The minimum similarity is NaN.", nameof(minSimilarity));
        }

        if (results.IsEmpty || minSimilarity > 1f)
        {
            return 0;
        }

        float[]? rented = null;
        var normalized = Dimensions <= MaxStackFloats ? stackalloc float[Dimensions] : (rented = ArrayPool<float>.Shared.Rent(Dimensions)).AsSpan(0, Dimensions);
        try
        {
            if (!TryNormalize(query, normalized, nameof(query)))
            {
                return 0;
            }

            var collector = new MatchCollector(results, minSimilarity);
            if (Count < _exactSearchThreshold)
            {
                _lock.EnterReadLock();
                try
                {
                    if (_count < _exactSearchThreshold)
                    {
                        SearchExact(normalized, ref collector);
                        return Finish(results, collector.Count);
                    }
                }
                finally
                {
                    _lock.ExitReadLock();
                }
            }

            Span<ulong> code = stackalloc ulong[_projection.Words];
            _projection.Encode(normalized, code);
            _lock.EnterReadLock();
            try
            {
                if (_count < _exactSearchThreshold)
                {
                    SearchExact(normalized, ref collector);
                }
                else
                {
                    SearchQuantized(normalized, code, ref collector);
                }

                return Finish(results, collector.Count);
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    private static int ChunkShift(int dimensions)
    {
        // About 1 MiB of vectors per chunk, and at least 16 slots.
        var shift = 4;
        while (shift < 20 && (2L << shift) * dimensions * sizeof(float) <= TargetChunkBytes)
        {
            shift++;
        }

        return shift;
    }

    private static int Finish(Span<VectorMatch> results, int count)
    {
        // Rounding can put the dot product of two normalized vectors a hair outside [-1, 1].
        for (var i = 0; i < count; i++)
        {
            var similarity = results[i].Similarity;
            if (similarity > 1f || similarity < -1f)
            {
                results[i] = results[i] with { Similarity = Math.Clamp(similarity, -1f, 1f) };
            }
        }

        return count;
    }

    private static bool TryNormalize(ReadOnlySpan<float> vector, Span<float> normalized, string parameterName)
    {
        // Scaling by the largest magnitude first keeps the norm finite and non-zero for very large or very small values.
        var largest = TensorPrimitives.MaxMagnitude(vector);
        if (!float.IsFinite(largest))
        {
            throw new ArgumentException("The vector has a value that is not finite (NaN or infinity).", parameterName);
        }

        if (largest == 0)
        {
            return false;
        }

        TensorPrimitives.Divide(vector, MathF.Abs(largest), normalized);
        TensorPrimitives.Divide(normalized, TensorPrimitives.Norm(normalized), normalized);
        return true;
    }

    private void CheckVector(ReadOnlySpan<float> vector, string parameterName)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} values; the index has {Dimensions} dimensions.", parameterName);
        }
    }

    private void SearchExact(scoped ReadOnlySpan<float> query, ref MatchCollector collector)
    {
        var dimensions = Dimensions;
        var remaining = _count;
        for (var c = 0; remaining > 0; c++)
        {
            var chunk = _chunks[c];
            var used = Math.Min(remaining, chunk.Capacity);
            var vectors = chunk.Vectors.AsSpan(0, used * dimensions);
            var ids = chunk.Ids;
            for (var i = 0; i < used; i++)
            {
                var similarity = TensorPrimitives.Dot(vectors.Slice(i * dimensions, dimensions), query);
                if (similarity >= collector.Floor)
                {
                    collector.Offer(ids[i], similarity);
                }
            }

            remaining -= used;
        }
    }

    private void SearchQuantized(scoped ReadOnlySpan<float> query, scoped ReadOnlySpan<ulong> code, ref MatchCollector collector)
    {
        var count = _count;
        var bits = _projection.Bits;
        var words = _projection.Words;
        Span<int> histogram = stackalloc int[bits + 1];
        histogram.Clear();
        var distances = ArrayPool<ushort>.Shared.Rent(count);
        int[]? order = null;
        try
        {
            // 1. Prefilter: the Hamming distance of every code to the query's, and how many entries are at each distance.
            var slot = 0;
            for (var c = 0; slot < count; c++)
            {
                var chunk = _chunks[c];
                var used = Math.Min(count - slot, chunk.Capacity);
                _projection.Distances(chunk.Codes.AsSpan(0, used * words), used, code, distances.AsSpan(slot, used), histogram);
                slot += used;
            }

            // 2. The candidates: the nearest distances, up to the bound of the minimum similarity and the candidate budget
            // (a whole distance at a time; the nearest non-empty distance always).
            var limit = _projection.DistanceBound(collector.Floor);
            var budget = Math.Max(Math.Max(MinCandidates, count / CandidateDivisor), (int)Math.Min(count, 4L * collector.Capacity));
            var candidates = 0;
            var last = -1;
            for (var d = 0; d <= limit; d++)
            {
                var atDistance = histogram[d];
                if (atDistance == 0)
                {
                    continue;
                }

                if (last >= 0 && candidates + atDistance > budget)
                {
                    break;
                }

                candidates += atDistance;
                last = d;
            }

            if (last < 0)
            {
                return;
            }

            // 3. Counting sort of the candidates by distance: histogram[d] becomes the start of distance d in the order.
            var start = 0;
            for (var d = 0; d <= last; d++)
            {
                var atDistance = histogram[d];
                histogram[d] = start;
                start += atDistance;
            }

            order = ArrayPool<int>.Shared.Rent(candidates);
            for (var s = 0; s < count; s++)
            {
                int d = distances[s];
                if (d <= last)
                {
                    order[histogram[d]++] = s;
                }
            }

            // 4. Exact re-rank, nearest distance first, until the distance exceeds the bound of the worst match kept.
            var dimensions = Dimensions;
            var bound = _projection.DistanceBound(collector.Floor);
            for (var i = 0; i < candidates; i++)
            {
                var candidate = order[i];
                if (distances[candidate] > bound)
                {
                    break;
                }

                var chunk = _chunks[candidate >> _chunkShift];
                var offset = candidate & _chunkMask;
                var similarity = TensorPrimitives.Dot(chunk.Vectors.AsSpan(offset * dimensions, dimensions), query);
                if (similarity >= collector.Floor && collector.Offer(chunk.Ids[offset], similarity))
                {
                    bound = _projection.DistanceBound(collector.Floor);
                }
            }
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
            if (order is not null)
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }
    }

    private void EnsureSlot(int slot)
    {
        var chunkIndex = slot >> _chunkShift;
        var offset = slot & _chunkMask;
        if (chunkIndex < _chunkCount)
        {
            var chunk = _chunks[chunkIndex];
            if (offset >= chunk.Capacity)
            {
                // Only the first chunk is ever partial: it doubles up to a full chunk.
                _chunks[chunkIndex] = chunk.Grow(Math.Min(chunk.Capacity * 2, SlotsPerChunk), _count, Dimensions, _projection.Words);
            }

            return;
        }

        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        var capacity = _chunkCount == 0 ? Math.Min(InitialChunkCapacity, SlotsPerChunk) : SlotsPerChunk;
        _chunks[_chunkCount++] = new VectorChunk(capacity, Dimensions, _projection.Words);
    }

    private void UpdateMemoryBytes()
    {
        var bytes = (_slots.EnsureCapacity(0) * (long)DictionaryBytesPerEntry);
        for (var c = 0; c < _chunkCount; c++)
        {
            bytes += _chunks[c].Bytes;
        }

        Volatile.Write(ref _memoryBytes, bytes);
    }
}
