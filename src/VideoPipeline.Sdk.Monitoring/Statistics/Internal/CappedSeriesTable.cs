namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// The series of one instrument by key, at most <c>maxSeries</c> of them; a key beyond the cap lands in one overflow
/// series, so callers that pass unbounded values cannot exhaust memory. Reads are lock-free (the dictionary is replaced,
/// never changed, when a series is added), which suits tables that stop growing after warm-up.
/// </summary>
internal sealed class CappedSeriesTable<TKey, TSeries>
    where TKey : notnull
    where TSeries : class
{
    private readonly int _maxSeries;
    private readonly Func<TKey, TSeries> _create;
    private readonly Lock _growth = new();
    private volatile Dictionary<TKey, TSeries> _series;
    private TSeries? _overflow;

    public CappedSeriesTable(int maxSeries, Func<TKey, TSeries> create, Func<TSeries> createOverflow)
    {
        _maxSeries = maxSeries;
        _create = create;
        _series = [];
        CreateOverflow = createOverflow;
    }

    /// <summary>Gets the overflow series, or <see langword="null"/> while no key has overflowed.</summary>
    public TSeries? Overflow => Volatile.Read(ref _overflow);

    /// <summary>Gets the series with their keys, without the overflow series.</summary>
    public IReadOnlyDictionary<TKey, TSeries> Series => _series;

    private Func<TSeries> CreateOverflow { get; }

    /// <summary>Gets the series of a key, adding it (or returning the overflow series when the table is full).</summary>
    public TSeries GetOrAdd(TKey key, out bool overflowed)
    {
        if (_series.TryGetValue(key, out var series))
        {
            overflowed = false;
            return series;
        }

        overflowed = true;
        return _series.Count >= _maxSeries && Overflow is { } overflow ? overflow : Add(key, out overflowed);
    }

    private TSeries Add(TKey key, out bool overflowed)
    {
        lock (_growth)
        {
            var current = _series;
            if (current.TryGetValue(key, out var series))
            {
                overflowed = false;
                return series;
            }

            if (current.Count >= _maxSeries)
            {
                overflowed = true;
                return _overflow ??= CreateOverflow();
            }

            series = _create(key);
            _series = new Dictionary<TKey, TSeries>(current) { [key] = series };
            overflowed = false;
            return series;
        }
    }
}
