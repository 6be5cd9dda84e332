using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Caching.Diagnostics.Internal;

/// <summary>
/// The Caching package's instruments, on the <see cref="VideoPipelineDiagnostics.Caching"/> meter created through
/// <see cref="IMeterFactory"/>. Tag values come from fixed tables, so series stay bounded and recording does not allocate.
/// </summary>
internal sealed class CachingMetrics
{
    public const string MemoryTier = "memory";
    public const string DistributedTier = "distributed";
    public const string MediaTier = "media";
    public const string ExactHit = "exact_hit";
    public const string SemanticHit = "semantic_hit";
    public const string Miss = "miss";
    public const string Corrupt = "corrupt";
    public const string Missing = "missing";

    private static readonly string[] KindTags = ["text", "image", "video", "speech", "music"];

    private readonly Counter<long> _requests;
    private readonly Counter<double> _costSaved;
    private readonly Counter<double> _timeSaved;
    private readonly Counter<long> _deduplicatedBytes;
    private readonly Counter<long> _evictions;
    private readonly Histogram<double> _compressionRatio;
    private readonly Counter<long> _readErrors;
    private readonly Lock _gate = new();
    private (string Tier, Func<long> Bytes)[] _byteSources = [];

    public CachingMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Caching);
        _requests = meter.CreateCounter<long>(VideoPipelineDiagnostics.CacheRequests, "{request}", "Prompt-cache lookups by outcome.");
        _costSaved = meter.CreateCounter<double>(VideoPipelineDiagnostics.CacheCostSaved, "{USD}", "Provider money saved by cache hits.");
        _timeSaved = meter.CreateCounter<double>(VideoPipelineDiagnostics.CacheTimeSaved, "s", "Provider time saved by cache hits.");
        _deduplicatedBytes = meter.CreateCounter<long>(VideoPipelineDiagnostics.CacheDeduplicatedBytes, "By", "Bytes not stored again thanks to de-duplication.");
        _evictions = meter.CreateCounter<long>(VideoPipelineDiagnostics.CacheEvictions, "{entry}", "Entries evicted to stay within a byte budget.");
        _compressionRatio = meter.CreateHistogram<double>(
            VideoPipelineDiagnostics.CacheCompressionRatio,
            "1",
            "Compressed size divided by original size of compressed payloads.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] });
        _readErrors = meter.CreateCounter<long>(VideoPipelineDiagnostics.CacheReadErrors, "{payload}", "Stored payloads that were corrupt or missing and were treated as misses.");
        meter.CreateObservableGauge(VideoPipelineDiagnostics.CacheBytes, ObserveBytes, "By", "Bytes held by each cache tier.");
    }

    /// <summary>Publishes a tier's byte count on the <see cref="VideoPipelineDiagnostics.CacheBytes"/> gauge.</summary>
    public void ObserveTierBytes(string tier, Func<long> bytes)
    {
        lock (_gate)
        {
            _byteSources = [.. _byteSources, (tier, bytes)];
        }
    }

    public void RecordLookup(MediaKind kind, string outcome) =>
        _requests.Add(1, new(VideoPipelineDiagnostics.MediaKindTag, KindTags[(int)kind]), new(VideoPipelineDiagnostics.OutcomeTag, outcome));

    public void RecordHit(MediaKind kind, string outcome, double costUsd, double latencySeconds)
    {
        var kindTag = new KeyValuePair<string, object?>(VideoPipelineDiagnostics.MediaKindTag, KindTags[(int)kind]);
        _requests.Add(1, kindTag, new(VideoPipelineDiagnostics.OutcomeTag, outcome));
        if (costUsd > 0)
        {
            _costSaved.Add(costUsd, kindTag);
        }

        if (latencySeconds > 0)
        {
            _timeSaved.Add(latencySeconds, kindTag);
        }
    }

    public void RecordDeduplicated(long bytes) => _deduplicatedBytes.Add(bytes);

    public void RecordEvictions(string tier, long count) => _evictions.Add(count, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.CacheTierTag, tier));

    public void RecordCompression(long originalBytes, long compressedBytes) =>
        _compressionRatio.Record(originalBytes == 0 ? 1 : (double)compressedBytes / originalBytes);

    public void RecordReadError(string tier, string outcome) =>
        _readErrors.Add(1, new(VideoPipelineDiagnostics.CacheTierTag, tier), new(VideoPipelineDiagnostics.OutcomeTag, outcome));

    private IEnumerable<Measurement<long>> ObserveBytes()
    {
        var sources = Volatile.Read(ref _byteSources);
        var measurements = new Measurement<long>[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            measurements[i] = new Measurement<long>(sources[i].Bytes(), new KeyValuePair<string, object?>(VideoPipelineDiagnostics.CacheTierTag, sources[i].Tier));
        }

        return measurements;
    }
}
