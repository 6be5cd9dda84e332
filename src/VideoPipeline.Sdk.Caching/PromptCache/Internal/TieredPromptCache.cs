using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Caching.Compression.Internal;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;
using VideoPipeline.Sdk.Caching.Distributed.Internal;
using VideoPipeline.Sdk.Caching.Media.Internal;
using VideoPipeline.Sdk.Caching.Semantic.Internal;

namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// The prompt cache: an in-memory tier keyed by XxHash128 of the canonical request, a semantic tier per request context,
/// an optional distributed tier keyed by SHA-256, and the media store for large content. See <see cref="IPromptCache"/>.
/// </summary>
/// <remarks>
/// An exact hit on inline content is answered synchronously: hash, dictionary lookup, counters; nothing is allocated.
/// Everything after an exact miss (semantic lookup, distributed lookup, the factory, storing) runs once per key in a
/// <see cref="Flight"/> shared by concurrent callers.
/// </remarks>
internal sealed class TieredPromptCache : IPromptCache
{
    /// <summary>Bytes counted per entry for the objects around its content: entry, request, result, dictionary node.</summary>
    internal const int EntryOverheadBytes = 640;

    private const int MaxTags = 16;

    private readonly PromptCacheOptions _options;
    private readonly IPromptEmbedder _embedder;
    private readonly IMediaStore _mediaStore;
    private readonly CachingMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly DistributedTier? _distributed;
    private readonly RequestHasher _hasher = new(Random.Shared.NextInt64());
    private readonly MemoryTier _memory;
    private readonly SemanticTier _semantic = new();
    private readonly PromptCacheCounters _counters = new();
    private readonly ConcurrentDictionary<UInt128, Flight> _flights = new();
    private readonly ConcurrentDictionary<UInt128, FailedGeneration> _failures = new();

    public TieredPromptCache(
        IOptions<PromptCacheOptions> options,
        IPromptEmbedder embedder,
        IMediaStore mediaStore,
        CachingMetrics metrics,
        TimeProvider timeProvider,
        ILogger<TieredPromptCache>? logger = null,
        IDistributedCache? distributedCache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(mediaStore);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _embedder = embedder;
        _mediaStore = mediaStore;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _memory = new MemoryTier(_options.MemoryBudgetBytes, _options.MediaBudgetBytes, _options.EvictionPolicy);
        if (_options.DistributedCache)
        {
            _distributed = new DistributedTier(
                distributedCache ?? throw new InvalidOperationException(
                    $"{PromptCacheOptions.SectionName}:{nameof(PromptCacheOptions.DistributedCache)} is true, but no IDistributedCache is registered. "
                    + "Register one (for example AddStackExchangeRedisCache or AddDistributedMemoryCache) or turn the option off."),
                timeProvider,
                metrics,
                _logger);
        }

        metrics.ObserveTierBytes(CachingMetrics.MemoryTier, () => _memory.MemoryBytes);
        metrics.ObserveTierBytes(CachingMetrics.MediaTier, () => _memory.MediaBytes);
    }

    public ValueTask<PromptCacheResult> GetOrGenerateAsync(
        GenerationRequest request,
        Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> factory,
        PromptCacheEntryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(factory);
        ValidateEntryOptions(options);
        var key = _hasher.Hash(request);
        if (_memory.TryGet(key, _timeProvider.GetTimestamp(), out var entry, out var expired) && entry!.MediaHash is null)
        {
            return new ValueTask<PromptCacheResult>(RecordHit(entry, PromptCacheOutcome.ExactHit, 1));
        }

        return GetOrGenerateSlowAsync(key, request, entry, expired, factory, options, cancellationToken);
    }

    public async ValueTask<PromptCacheResult?> TryGetAsync(GenerationRequest request, double? minSimilarity = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (minSimilarity is { } value && !(value is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minSimilarity), value, "minSimilarity must be a cosine similarity greater than 0 and at most 1.");
        }

        var key = _hasher.Hash(request);
        var now = _timeProvider.GetTimestamp();
        var found = _memory.TryGet(key, now, out var entry, out var expired);
        await CleanUpAsync(expired).ConfigureAwait(false);
        if (found && await IsReadableAsync(entry!, cancellationToken).ConfigureAwait(false))
        {
            return RecordHit(entry!, PromptCacheOutcome.ExactHit, 1);
        }

        if (_options.SemanticMatching)
        {
            var embedding = await EmbedAsync(request, cancellationToken).ConfigureAwait(false);
            var semantic = await TryFindSemanticAsync(request, embedding, minSimilarity ?? _options.SimilarityThreshold, cancellationToken).ConfigureAwait(false);
            if (semantic is { } hit)
            {
                return hit;
            }
        }

        if (_distributed is not null
            && await TryGetDistributedAsync(key, request, embedding: default, options: null, cancellationToken).ConfigureAwait(false) is { } distributedHit)
        {
            return distributedHit;
        }

        RecordMiss(request.Kind);
        return null;
    }

    public async ValueTask SetAsync(GenerationRequest request, GenerationResult result, PromptCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        ValidateEntryOptions(options);
        if (result.Kind != request.Kind)
        {
            throw new ArgumentException($"The result is {result.Kind} but the request is {request.Kind}; a result must be of the kind requested.", nameof(result));
        }

        var embedding = UsesSemantic(options) ? await EmbedAsync(request, cancellationToken).ConfigureAwait(false) : default;
        _ = await StoreAsync(_hasher.Hash(request), request, result, options, embedding, throwIfTooLarge: true, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> RemoveAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var removed = _memory.TryRemove(_hasher.Hash(request), out var entry);
        await CleanUpAsync(entry).ConfigureAwait(false);
        if (_distributed is not null)
        {
            await _distributed.RemoveAsync(request.ComputeKey()).ConfigureAwait(false);
        }

        return removed;
    }

    public async ValueTask<int> RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        var removed = _memory.RemoveWhere(entry => Array.IndexOf(entry.Tags, tag) >= 0);
        await CleanUpAsync(removed).ConfigureAwait(false);
        if (_distributed is not null)
        {
            await _distributed.InvalidateAsync(DistributedTier.TagScope(tag), cancellationToken).ConfigureAwait(false);
        }

        return removed.Count;
    }

    public async ValueTask<int> RemoveByProviderAsync(string provider, string? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        if (model is { Length: 0 })
        {
            throw new ArgumentException("model must not be empty; pass null to remove every model of the provider.", nameof(model));
        }

        var removed = _memory.RemoveWhere(entry =>
            string.Equals(entry.Request.Provider, provider, StringComparison.Ordinal)
            && (model is null || string.Equals(entry.Request.Model, model, StringComparison.Ordinal)));
        await CleanUpAsync(removed).ConfigureAwait(false);
        if (_distributed is not null)
        {
            var scope = model is null ? DistributedTier.ProviderScope(provider) : DistributedTier.ModelScope(provider, model);
            await _distributed.InvalidateAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        return removed.Count;
    }

    public PromptCacheStatistics GetStatistics() =>
        _counters.Snapshot(_memory, _semantic.Refusals, _distributed?.ReadErrors ?? 0);

    private static void ValidateEntryOptions(PromptCacheEntryOptions? options)
    {
        if (options is null)
        {
            return;
        }

        if (options.TimeToLive is { } ttl && ttl <= TimeSpan.Zero)
        {
            throw new ArgumentException($"options.TimeToLive is {ttl}; it must be positive, or null for the default.", nameof(options));
        }

        if (options.MinSimilarity is { } similarity && !(similarity is > 0 and <= 1))
        {
            throw new ArgumentException($"options.MinSimilarity is {similarity}; it must be greater than 0 and at most 1, or null for the default.", nameof(options));
        }

        if (options.Tags is null)
        {
            throw new ArgumentException("options.Tags must not be null; use an empty list.", nameof(options));
        }

        if (options.Tags.Count > MaxTags)
        {
            throw new ArgumentException($"options.Tags has {options.Tags.Count} tags; an entry may have at most {MaxTags}.", nameof(options));
        }

        for (var i = 0; i < options.Tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Tags[i]))
            {
                throw new ArgumentException($"options.Tags[{i}] is null, empty or white space.", nameof(options));
            }
        }
    }

    private async ValueTask<PromptCacheResult> GetOrGenerateSlowAsync(
        UInt128 key,
        GenerationRequest request,
        PromptCacheEntry? entry,
        PromptCacheEntry? expired,
        Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> factory,
        PromptCacheEntryOptions? options,
        CancellationToken cancellationToken)
    {
        await CleanUpAsync(expired).ConfigureAwait(false);
        if (entry is not null && await IsReadableAsync(entry, cancellationToken).ConfigureAwait(false))
        {
            return RecordHit(entry, PromptCacheOutcome.ExactHit, 1);
        }

        if (_failures.TryGetValue(key, out var failure))
        {
            if (_timeProvider.GetTimestamp() < failure.ExpiresAt)
            {
                RecordMiss(request.Kind);
                failure.Rethrow();
            }

            _failures.TryRemove(new KeyValuePair<UInt128, FailedGeneration>(key, failure));
        }

        while (true)
        {
            var started = false;
            if (!_flights.TryGetValue(key, out var flight))
            {
                var created = new Flight();
                if (!_flights.TryAdd(key, created))
                {
                    created.Dispose();
                    continue;
                }

                flight = created;
                started = true;
            }

            if (!flight.TryJoin())
            {
                _flights.TryRemove(new KeyValuePair<UInt128, Flight>(key, flight));
                continue;
            }

            if (started)
            {
                _ = RunFlightAsync(flight, key, request, factory, options);
            }

            PromptCacheResult result;
            try
            {
                result = await flight.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && flight.Task.IsCanceled)
            {
                // Every other waiter left and the generation was cancelled just as this caller joined: start again.
                continue;
            }
            finally
            {
                flight.Leave();
            }

            RecordOutcome(result);
            return result;
        }
    }

    private async Task RunFlightAsync(
        Flight flight,
        UInt128 key,
        GenerationRequest request,
        Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> factory,
        PromptCacheEntryOptions? options)
    {
        try
        {
            flight.Complete(await LookUpOrGenerateAsync(key, request, factory, options, flight.Token).ConfigureAwait(false));
        }
#pragma warning disable CA1031 // Every failure is handed to the waiters through the flight.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (_options.FailureCacheDuration > TimeSpan.Zero && exception is not OperationCanceledException)
            {
                _failures[key] = new FailedGeneration(ExceptionDispatchInfo.Capture(exception), Deadline(_options.FailureCacheDuration));
            }

            flight.Fail(exception);
        }
        finally
        {
            _flights.TryRemove(new KeyValuePair<UInt128, Flight>(key, flight));
            flight.Dispose();
        }
    }

    /// <summary>The work of a flight: semantic tier, distributed tier, then the factory. Outcomes are recorded by each waiter.</summary>
    private async Task<PromptCacheResult> LookUpOrGenerateAsync(
        UInt128 key,
        GenerationRequest request,
        Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> factory,
        PromptCacheEntryOptions? options,
        CancellationToken cancellationToken)
    {
        var embedding = UsesSemantic(options) ? await EmbedAsync(request, cancellationToken).ConfigureAwait(false) : default;
        if (!embedding.IsEmpty)
        {
            var threshold = options?.MinSimilarity ?? _options.SimilarityThreshold;
            if (await FindSemanticAsync(request, embedding, threshold, cancellationToken).ConfigureAwait(false) is { } semanticHit)
            {
                return semanticHit;
            }
        }

        if (_distributed is not null
            && await LoadDistributedAsync(key, request, embedding, options, cancellationToken).ConfigureAwait(false) is { } distributedHit)
        {
            return distributedHit;
        }

        var generated = await factory(request, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The factory returned null; it must return a GenerationResult or throw.");
        _counters.RecordGeneration();
        if (generated.Kind != request.Kind)
        {
            throw new InvalidOperationException($"The factory returned a {generated.Kind} result for a {request.Kind} request; it was not cached.");
        }

        var stored = await StoreAsync(key, request, generated, options, embedding, throwIfTooLarge: false, CancellationToken.None).ConfigureAwait(false);
        return new PromptCacheResult(stored, PromptCacheOutcome.Generated, 1);
    }

    private bool UsesSemantic(PromptCacheEntryOptions? options) =>
        _options.SemanticMatching && (options?.AllowSemanticMatch ?? true);

    private async ValueTask<ReadOnlyMemory<float>> EmbedAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        if (request.Prompt.Length == 0)
        {
            return default;
        }

        try
        {
            return await _embedder.EmbedAsync(request.Prompt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.EmbeddingFailed(_logger, exception);
            return default;
        }
    }

    /// <summary>Semantic lookup for <see cref="TryGetAsync"/>: records the hit itself.</summary>
    private async ValueTask<PromptCacheResult?> TryFindSemanticAsync(GenerationRequest request, ReadOnlyMemory<float> embedding, double threshold, CancellationToken cancellationToken)
    {
        var hit = embedding.IsEmpty ? null : await FindSemanticAsync(request, embedding, threshold, cancellationToken).ConfigureAwait(false);
        if (hit is { } result)
        {
            RecordOutcome(result);
        }

        return hit;
    }

    private async ValueTask<PromptCacheResult?> FindSemanticAsync(GenerationRequest request, ReadOnlyMemory<float> embedding, double threshold, CancellationToken cancellationToken)
    {
        var contextKey = _hasher.HashContext(request);
        for (var attempt = 0; attempt < 4 && _semantic.TryFind(contextKey, request, embedding.Span, threshold, _timeProvider.GetTimestamp(), out var entry, out var similarity); attempt++)
        {
            if (await IsReadableAsync(entry!, cancellationToken).ConfigureAwait(false))
            {
                _memory.Touch(entry!, _timeProvider.GetTimestamp());
                return new PromptCacheResult(entry!.CachedResult, PromptCacheOutcome.SemanticHit, similarity);
            }
        }

        return null;
    }

    /// <summary>Distributed lookup for <see cref="TryGetAsync"/>: records the hit itself.</summary>
    private async ValueTask<PromptCacheResult?> TryGetDistributedAsync(UInt128 key, GenerationRequest request, ReadOnlyMemory<float> embedding, PromptCacheEntryOptions? options, CancellationToken cancellationToken)
    {
        var hit = await LoadDistributedAsync(key, request, embedding, options, cancellationToken).ConfigureAwait(false);
        if (hit is { } result)
        {
            RecordOutcome(result);
        }

        return hit;
    }

    /// <summary>Reads the distributed tier and, on a hit, copies the entry into the in-memory tier.</summary>
    private async ValueTask<PromptCacheResult?> LoadDistributedAsync(UInt128 key, GenerationRequest request, ReadOnlyMemory<float> embedding, PromptCacheEntryOptions? options, CancellationToken cancellationToken)
    {
        var requestKey = request.ComputeKey();
        var stored = await _distributed!.TryGetAsync(requestKey, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var content = stored.Content;
        if (stored.Compressed && !PayloadCompression.TryDecompress(stored.Content, stored.OriginalLength, out content))
        {
            _counters.RecordReadError();
            _metrics.RecordReadError(CachingMetrics.DistributedTier, CachingMetrics.Corrupt);
            await _distributed.RemoveAsync(requestKey).ConfigureAwait(false);
            return null;
        }

        var result = new GenerationResult(stored.Kind, stored.MediaType, MediaContent.FromBytes(content))
        {
            Cost = stored.Cost,
            Usage = stored.Usage,
            ProviderLatency = stored.ProviderLatency,
            Metadata = stored.Metadata,
        };
        var entryOptions = stored.Tags.Count == 0 ? options : new PromptCacheEntryOptions
        {
            Tags = stored.Tags,
            TimeToLive = options?.TimeToLive,
            AllowSemanticMatch = options?.AllowSemanticMatch ?? true,
        };
        var local = await StoreAsync(key, request, result, entryOptions, embedding, throwIfTooLarge: false, CancellationToken.None, writeDistributed: false).ConfigureAwait(false);
        return new PromptCacheResult(local, PromptCacheOutcome.ExactHit, 1);
    }

    /// <summary>
    /// Stores a result in the in-memory tier (content inline, compressed, or in the media store) and in the distributed tier,
    /// and returns the result as cached, whose content can be read any number of times.
    /// </summary>
    private async ValueTask<GenerationResult> StoreAsync(
        UInt128 key,
        GenerationRequest request,
        GenerationResult result,
        PromptCacheEntryOptions? options,
        ReadOnlyMemory<float> embedding,
        bool throwIfTooLarge,
        CancellationToken cancellationToken,
        bool writeDistributed = true)
    {
        var declaredLength = result.Content.Length;
        if (declaredLength > _memory.MediaBudget && declaredLength > _options.InlineContentLimitBytes)
        {
            return Reject(result, declaredLength.Value, "media", _memory.MediaBudget, throwIfTooLarge);
        }

        var inline = await ReadInlineAsync(result.Content, cancellationToken).ConfigureAwait(false);
        MediaContent content;
        ContentHash? mediaHash = null;
        long mediaBytes = 0;
        long inlineBytes = 0;
        var compressed = false;
        if (inline is not null)
        {
            (content, inlineBytes, compressed) = Inline(result.MediaType, inline);
        }
        else
        {
            var stream = await result.Content.OpenReadAsync(cancellationToken).ConfigureAwait(false);
            MediaPutResult put;
            await using (stream.ConfigureAwait(false))
            {
                put = await _mediaStore.PutAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            mediaHash = put.Hash;
            mediaBytes = put.Length;
            content = new MediaStoreContent(_mediaStore, put.Hash, put.Length);
        }

        var cached = new GenerationResult(result.Kind, result.MediaType, content)
        {
            Cost = result.Cost,
            Usage = result.Usage,
            ProviderLatency = result.ProviderLatency,
            Metadata = result.Metadata,
        };
        var semantic = !embedding.IsEmpty;
        var memoryBytes = EntryOverheadBytes + inlineBytes + (request.Prompt.Length * 2L) + (semantic ? Math.Max(_semantic.BytesPerVector, embedding.Length * sizeof(float)) : 0);
        if (!_memory.Fits(memoryBytes, mediaBytes))
        {
            if (mediaHash is { } hash)
            {
                await ReleaseMediaAsync(hash).ConfigureAwait(false);
                return Reject(result, mediaBytes, "media", _memory.MediaBudget, throwIfTooLarge);
            }

            return Reject(cached, memoryBytes, "memory", _memory.MemoryBudget, throwIfTooLarge);
        }

        var ttl = options?.TimeToLive ?? _options.DefaultTimeToLive;
        var entry = new PromptCacheEntry(
            key,
            request,
            cached,
            memoryBytes,
            mediaHash,
            mediaBytes,
            (double)result.Cost.Usd + (result.ProviderLatency.TotalSeconds * (double)_options.TimeValuePerSecond),
            ttl is { } t ? Deadline(t) : long.MaxValue,
            options?.Tags is { Count: > 0 } tags ? [.. tags] : []);
        if (semantic)
        {
            _semantic.Add(_hasher.HashContext(request), entry, embedding.Span);
        }

        var removed = _memory.Set(entry, _timeProvider.GetTimestamp(), out var evicted);
        if (evicted > 0)
        {
            _metrics.RecordEvictions(CachingMetrics.MemoryTier, evicted);
        }

        await CleanUpAsync(removed).ConfigureAwait(false);
        if (writeDistributed && _distributed is not null && inline is not null)
        {
            var stored = compressed ? ((CompressedMediaContent)content).Compressed : inline;
            await _distributed.SetAsync(
                new DistributedEntry(request.ComputeKey(), _timeProvider.GetUtcNow(), request.Provider, request.Model, entry.Tags, result.Kind, result.MediaType, result.Cost, result.Usage, result.ProviderLatency, result.Metadata, compressed, inline.Length, stored),
                ttl,
                cancellationToken).ConfigureAwait(false);
        }

        return cached;
    }

    /// <summary>Reads content that fits the inline limit into a private array; <see langword="null"/> when it belongs in the media store.</summary>
    private async ValueTask<byte[]?> ReadInlineAsync(MediaContent content, CancellationToken cancellationToken)
    {
        var limit = _options.InlineContentLimitBytes;
        if (content.TryGetBytes(out var bytes))
        {
            return bytes.Length <= limit ? bytes.ToArray() : null;
        }

        if (content.Length is not { } length || length > limit)
        {
            return null;
        }

        var buffer = new byte[length];
        var stream = await content.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) != 0)
            {
                throw new InvalidDataException($"The result's content is longer than its declared length of {length} bytes.");
            }
        }

        return buffer;
    }

    private (MediaContent Content, long Bytes, bool Compressed) Inline(string mediaType, byte[] payload)
    {
        if (_options.Compression
            && PayloadCompression.ShouldCompress(mediaType, payload, _options.CompressionThresholdBytes)
            && PayloadCompression.TryCompress(payload) is { } compressed)
        {
            _counters.RecordCompression(payload.Length - compressed.Length);
            _metrics.RecordCompression(payload.Length, compressed.Length);
            return (new CompressedMediaContent(compressed, payload.Length), compressed.Length, true);
        }

        return (MediaContent.FromBytes(payload), payload.Length, false);
    }

    private GenerationResult Reject(GenerationResult result, long bytes, string budget, long budgetBytes, bool throwIfTooLarge)
    {
        if (throwIfTooLarge)
        {
            throw new ArgumentException(
                $"The result takes {bytes} bytes of the {budget} budget, which is {budgetBytes} bytes; it cannot be cached. Raise the budget or cache smaller results.",
                nameof(result));
        }

        Log.EntryLargerThanBudget(_logger, result.Kind, bytes, budget, budgetBytes);
        return result;
    }

    /// <summary>Checks that a media-backed entry's blob is still readable; an unreadable one is removed and counted.</summary>
    private async ValueTask<bool> IsReadableAsync(PromptCacheEntry entry, CancellationToken cancellationToken)
    {
        if (entry.MediaHash is not { } hash)
        {
            return true;
        }

        var stream = await _mediaStore.OpenReadAsync(hash, cancellationToken).ConfigureAwait(false);
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            return true;
        }

        _counters.RecordReadError();
        Log.MediaEntryUnreadable(_logger, hash.ToString());
        if (_memory.TryRemove(entry))
        {
            await CleanUpAsync(entry).ConfigureAwait(false);
        }

        return false;
    }

    private PromptCacheResult RecordHit(PromptCacheEntry entry, PromptCacheOutcome outcome, double similarity)
    {
        _counters.RecordHit(outcome, entry.CostUnits, entry.LatencyTicks);
        _metrics.RecordHit(entry.CachedResult.Kind, outcome == PromptCacheOutcome.SemanticHit ? CachingMetrics.SemanticHit : CachingMetrics.ExactHit, entry.CostUsd, entry.LatencyTicks / (double)TimeSpan.TicksPerSecond);
        return new PromptCacheResult(entry.CachedResult, outcome, similarity);
    }

    private void RecordOutcome(PromptCacheResult result)
    {
        if (result.Outcome == PromptCacheOutcome.Generated)
        {
            RecordMiss(result.GenerationResult.Kind);
            return;
        }

        var cost = result.GenerationResult.Cost;
        var latency = result.GenerationResult.ProviderLatency;
        _counters.RecordHit(result.Outcome, PromptCacheCounters.ToMoneyUnits(cost), latency.Ticks);
        _metrics.RecordHit(result.GenerationResult.Kind, result.Outcome == PromptCacheOutcome.SemanticHit ? CachingMetrics.SemanticHit : CachingMetrics.ExactHit, (double)cost.Usd, latency.TotalSeconds);
    }

    private void RecordMiss(MediaKind kind)
    {
        _counters.RecordMiss();
        _metrics.RecordLookup(kind, CachingMetrics.Miss);
    }

    private long Deadline(TimeSpan timeToLive)
    {
        var ticks = timeToLive.TotalSeconds * _timeProvider.TimestampFrequency;
        var now = _timeProvider.GetTimestamp();
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    private ValueTask CleanUpAsync(PromptCacheEntry? entry) => entry is null ? ValueTask.CompletedTask : CleanUpAsync([entry]);

    /// <summary>Drops removed entries' vectors and releases their media references.</summary>
    private async ValueTask CleanUpAsync(List<PromptCacheEntry> removed)
    {
        foreach (var entry in removed)
        {
            _semantic.Remove(entry);
            if (entry.MediaHash is { } hash)
            {
                await ReleaseMediaAsync(hash).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask ReleaseMediaAsync(ContentHash hash)
    {
        try
        {
            await _mediaStore.ReleaseAsync(hash, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.MediaReleaseFailed(_logger, hash.ToString(), exception);
        }
    }
}
