using System.Collections.Concurrent;
using VideoPipeline.Sdk.Caching.PromptCache.Internal;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// The semantic tier: one vector index per context (a request without its prompt), so a prompt is only ever compared with
/// prompts of requests whose every other field is equal. A candidate above the threshold is still refused when
/// <see cref="PromptConflictGuard"/> finds the prompts differ in a number, a negation, a colour, a direction or a named entity.
/// </summary>
/// <remarks>
/// Concurrency: partitions are created through a <see cref="ConcurrentDictionary{TKey, TValue}"/>; each
/// <see cref="VectorIndex"/> is thread-safe; entries by vector id live in a concurrent dictionary.
/// </remarks>
internal sealed class SemanticTier
{
    private const int MaxCandidates = 8;

    private readonly ConcurrentDictionary<UInt128, VectorIndex> _partitions = new();
    private readonly ConcurrentDictionary<long, PromptCacheEntry> _entries = new();
    private long _nextId;
    private long _refusals;
    private int _dimensions;

    /// <summary>Gets the number of candidates above the threshold refused by the guard.</summary>
    public long Refusals => Volatile.Read(ref _refusals);

    /// <summary>Gets the bytes one vector takes in an index, once the embedder's dimension is known; 0 before.</summary>
    public long BytesPerVector => _dimensions == 0 ? 0 : VectorIndex.BytesPerEntry(_dimensions);

    /// <summary>Finds the most similar live entry above <paramref name="minSimilarity"/> that the guard accepts.</summary>
    public bool TryFind(
        UInt128 contextKey,
        GenerationRequest request,
        ReadOnlySpan<float> embedding,
        double minSimilarity,
        long now,
        out PromptCacheEntry? entry,
        out double similarity)
    {
        entry = null;
        similarity = 0;
        if (!_partitions.TryGetValue(contextKey, out var index) || embedding.Length != index.Dimensions)
        {
            return false;
        }

        Span<VectorMatch> matches = stackalloc VectorMatch[MaxCandidates];
        var found = index.Search(embedding, (float)minSimilarity, matches);
        for (var i = 0; i < found; i++)
        {
            if (!_entries.TryGetValue(matches[i].Id, out var candidate) || now >= candidate.ExpiresAt)
            {
                continue;
            }

            if (PromptConflictGuard.FindConflict(candidate.Request.Prompt, request.Prompt) != PromptConflictKind.None)
            {
                Interlocked.Increment(ref _refusals);
                continue;
            }

            entry = candidate;
            similarity = Math.Min(1, matches[i].Similarity);
            return true;
        }

        return false;
    }

    /// <summary>Adds an entry's prompt vector to its context's index.</summary>
    public void Add(UInt128 contextKey, PromptCacheEntry entry, ReadOnlySpan<float> embedding)
    {
        if (embedding.Length == 0)
        {
            return;
        }

        Interlocked.CompareExchange(ref _dimensions, embedding.Length, 0);
        var index = _partitions.GetOrAdd(contextKey, static (_, dimensions) => new VectorIndex(dimensions), embedding.Length);
        if (index.Dimensions != embedding.Length)
        {
            throw new InvalidOperationException(
                $"The prompt embedder returned a vector of {embedding.Length} dimensions; earlier vectors had {index.Dimensions}. An embedder must always return vectors of one length.");
        }

        var id = Interlocked.Increment(ref _nextId);
        entry.ContextKey = contextKey;
        entry.SemanticId = id;
        _entries[id] = entry;
        index.Add(id, embedding);
    }

    /// <summary>Removes an entry's vector, if it has one.</summary>
    public void Remove(PromptCacheEntry entry)
    {
        if (entry.SemanticId == 0 || !_entries.TryRemove(new KeyValuePair<long, PromptCacheEntry>(entry.SemanticId, entry)))
        {
            return;
        }

        if (_partitions.TryGetValue(entry.ContextKey, out var index) && index.Remove(entry.SemanticId) && index.Count == 0)
        {
            // An add racing with this removal may land in the dropped index; that vector is then only lost as a semantic candidate.
            _partitions.TryRemove(new KeyValuePair<UInt128, VectorIndex>(entry.ContextKey, index));
        }
    }
}
