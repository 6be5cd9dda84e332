using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// The in-memory tier: entries by in-process key, with two byte budgets (inline memory and referenced media) enforced by
/// eviction.
/// </summary>
/// <remarks>
/// <para>
/// Concurrency: lookups and inserts go through a <see cref="ConcurrentDictionary{TKey, TValue}"/> and never block; byte totals
/// are kept with <see cref="Interlocked"/>. Eviction runs on the thread that pushed a total over its budget, under a lock that
/// only evictors take, and trims to <see cref="LowWatermark"/> of the budget so that it runs rarely. A thread whose insert
/// exceeds a budget waits for that lock and trims again if the budget is still exceeded, so no insert runs ahead of an
/// eviction in progress. Replacing an entry uses compare-and-swap, so only the entry really replaced is released.
/// </para>
/// <para>
/// Eviction order: <see cref="CacheEvictionPolicy.CostAware"/> is Greedy-Dual-Size-Frequency. An entry's priority is
/// <c>L + (hits + 1) × value / bytes</c>, where value is what one hit saves (money plus provider time), and <c>L</c> is the inflation
/// value: the highest priority evicted so far, taken when the entry was last accessed. Entries not hit for a while keep an
/// old, low <c>L</c> and age out. <see cref="CacheEvictionPolicy.LeastRecentlyUsed"/> orders by last access.
/// </para>
/// </remarks>
internal sealed class MemoryTier
{
    /// <summary>The share of a budget that eviction trims down to.</summary>
    public const double LowWatermark = 0.975;

    private readonly ConcurrentDictionary<UInt128, PromptCacheEntry> _entries = new();
    private readonly Lock _evictionGate = new();
    private readonly long _memoryBudget;
    private readonly long _mediaBudget;
    private readonly CacheEvictionPolicy _policy;
    private long _memoryBytes;
    private long _mediaBytes;
    private long _evictions;
    private double _inflation;

    public MemoryTier(long memoryBudget, long mediaBudget, CacheEvictionPolicy policy)
    {
        _memoryBudget = memoryBudget;
        _mediaBudget = mediaBudget;
        _policy = policy;
    }

    public int Count => _entries.Count;

    public long MemoryBytes => Volatile.Read(ref _memoryBytes);

    public long MediaBytes => Volatile.Read(ref _mediaBytes);

    public long Evictions => Volatile.Read(ref _evictions);

    public long MemoryBudget => _memoryBudget;

    public long MediaBudget => _mediaBudget;

    public IEnumerable<PromptCacheEntry> Entries => _entries.Values;

    /// <summary>Whether an entry of these sizes can be stored at all: no single entry may take more than its budget.</summary>
    public bool Fits(long memoryBytes, long mediaBytes) => memoryBytes <= _memoryBudget && mediaBytes <= _mediaBudget;

    /// <summary>Finds a live entry and records the access; an expired entry is removed and reported through <paramref name="expired"/>.</summary>
    public bool TryGet(UInt128 key, long now, out PromptCacheEntry? entry, out PromptCacheEntry? expired)
    {
        expired = null;
        if (!_entries.TryGetValue(key, out entry))
        {
            return false;
        }

        if (now >= entry.ExpiresAt)
        {
            expired = TryRemove(entry) ? entry : null;
            entry = null;
            return false;
        }

        Touch(entry, now);
        return true;
    }

    public void Touch(PromptCacheEntry entry, long now)
    {
        entry.Hits++;
        entry.LastAccess = now;
        entry.InflationAtAccess = Volatile.Read(ref _inflation);
    }

    /// <summary>
    /// Adds or replaces an entry, then evicts while a budget is exceeded. Returns the entries the caller must clean up
    /// (release their media, drop their vectors): the replaced one, if any, and every evicted one.
    /// </summary>
    public List<PromptCacheEntry> Set(PromptCacheEntry entry, long now, out int evictedCount)
    {
        var removed = new List<PromptCacheEntry>();
        entry.LastAccess = now;
        entry.InflationAtAccess = Volatile.Read(ref _inflation);
        Interlocked.Add(ref _memoryBytes, entry.MemoryBytes);
        Interlocked.Add(ref _mediaBytes, entry.MediaBytes);

        // Not AddOrUpdate: its update callback may run more than once, and only the entry really replaced may be released.
        while (true)
        {
            if (_entries.TryGetValue(entry.Key, out var existing))
            {
                if (_entries.TryUpdate(entry.Key, entry, existing))
                {
                    Release(existing);
                    removed.Add(existing);
                    break;
                }
            }
            else if (_entries.TryAdd(entry.Key, entry))
            {
                break;
            }
        }

        var replacedCount = removed.Count;
        EvictIfOverBudget(removed);
        evictedCount = removed.Count - replacedCount;
        return removed;
    }

    /// <summary>Removes an entry if it is still the one stored under its key.</summary>
    public bool TryRemove(PromptCacheEntry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<UInt128, PromptCacheEntry>(entry.Key, entry)))
        {
            Release(entry);
            return true;
        }

        return false;
    }

    public bool TryRemove(UInt128 key, out PromptCacheEntry? entry)
    {
        if (_entries.TryRemove(key, out entry))
        {
            Release(entry);
            return true;
        }

        return false;
    }

    /// <summary>Removes every entry that matches; returns them for clean-up.</summary>
    public List<PromptCacheEntry> RemoveWhere(Func<PromptCacheEntry, bool> predicate)
    {
        var removed = new List<PromptCacheEntry>();
        foreach (var entry in _entries.Values)
        {
            if (predicate(entry) && TryRemove(entry))
            {
                removed.Add(entry);
            }
        }

        return removed;
    }

    private void Release(PromptCacheEntry entry)
    {
        Interlocked.Add(ref _memoryBytes, -entry.MemoryBytes);
        Interlocked.Add(ref _mediaBytes, -entry.MediaBytes);
    }

    private bool OverBudget => Volatile.Read(ref _memoryBytes) > _memoryBudget || Volatile.Read(ref _mediaBytes) > _mediaBudget;

    private void EvictIfOverBudget(List<PromptCacheEntry> evicted)
    {
        if (!OverBudget)
        {
            return;
        }

        // Every insert that finds a budget exceeded waits for the lock and trims if it is still exceeded, so concurrent
        // inserts cannot run ahead of an eviction in progress. Trimming to the low watermark makes this rare.
        lock (_evictionGate)
        {
            if (Volatile.Read(ref _memoryBytes) > _memoryBudget)
            {
                Trim(evicted, mediaOnly: false, () => Volatile.Read(ref _memoryBytes) > (long)(_memoryBudget * LowWatermark));
            }

            if (Volatile.Read(ref _mediaBytes) > _mediaBudget)
            {
                Trim(evicted, mediaOnly: true, () => Volatile.Read(ref _mediaBytes) > (long)(_mediaBudget * LowWatermark));
            }
        }
    }

    private void Trim(List<PromptCacheEntry> evicted, bool mediaOnly, Func<bool> overTarget)
    {
        var candidates = _entries.Values.Where(entry => !mediaOnly || entry.MediaBytes > 0).ToArray();
        var priorities = new double[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            priorities[i] = Priority(candidates[i]);
        }

        Array.Sort(priorities, candidates);
        var count = 0;
        for (var i = 0; i < candidates.Length && overTarget(); i++)
        {
            if (TryRemove(candidates[i]))
            {
                evicted.Add(candidates[i]);
                count++;
                if (_policy == CacheEvictionPolicy.CostAware && priorities[i] > _inflation)
                {
                    Volatile.Write(ref _inflation, priorities[i]);
                }
            }
        }

        Interlocked.Add(ref _evictions, count);
    }

    private double Priority(PromptCacheEntry entry) => _policy switch
    {
        CacheEvictionPolicy.LeastRecentlyUsed => entry.LastAccess,
        _ => entry.InflationAtAccess + ((entry.Hits + 1) * entry.HitValue / Math.Max(1, entry.TotalBytes)),
    };
}
