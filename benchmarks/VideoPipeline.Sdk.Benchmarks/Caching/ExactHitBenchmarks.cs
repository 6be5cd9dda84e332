using System.Collections.Concurrent;
using BitFaster.Caching.Lru;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace VideoPipeline.Sdk.Benchmarks.Caching;

/// <summary>
/// An exact hit with 10,000 resident entries: one lookup of an image request (about 120-character prompt, size, seed and
/// two style parameters), rotating over 1,024 resident requests. The floor is a <see cref="ConcurrentDictionary{TKey, TValue}"/>
/// keyed by the request itself (record equality). <see cref="MemoryCache"/> and BitFaster's <see cref="ConcurrentLru{K, V}"/>
/// are keyed by the request too. FusionCache and <see cref="HybridCache"/> take string keys: they get the request's SHA-256
/// key as hex, once precomputed outside the measurement (which flatters them) and once computed per lookup as a caller
/// holding a request must; HybridCache holds the result in an immutable wrapper so that it returns the instance instead of deserializing a copy.
/// </summary>
[MemoryDiagnoser]
public class ExactHitBenchmarks
{
    private const int Resident = 10_000;
    private const int Rotation = 1_024;

    private static readonly Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> Unreachable =
        static (_, _) => throw new InvalidOperationException("An exact hit must not call the factory.");

    private static readonly Func<CancellationToken, ValueTask<HybridEntry>> UnreachableHybrid =
        static _ => throw new InvalidOperationException("An exact hit must not call the factory.");

    private readonly ConcurrentDictionary<GenerationRequest, GenerationResult> _dictionary = new();
    private GenerationRequest[] _requests = null!;
    private string[] _stringKeys = null!;
    private MemoryCache _memoryCache = null!;
    private ConcurrentLru<GenerationRequest, GenerationResult> _lru = null!;
    private FusionCache _fusion = null!;
    private ServiceProvider _services = null!;
    private HybridCache _hybrid = null!;
    private IPromptCache _promptCache = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var all = Enumerable.Range(0, Resident)
            .Select(i => new GenerationRequest("synthetic", "image-pro-2", MediaKind.Image, $"A watercolour painting of a lighthouse on a rocky coast at dawn, gulls overhead, scene {i} of the storyboard")
            {
                Width = 1024,
                Height = 576,
                Seed = i,
            }
            .WithParameter("style", "watercolour")
            .WithParameter("guidance", 7.5))
            .ToArray();
        var result = new GenerationResult(MediaKind.Image, "image/png", MediaContent.FromBytes(new byte[4096])) { Cost = Money.FromUsd(0.04m) };

        _memoryCache = new MemoryCache(new MemoryCacheOptions());
        _lru = new ConcurrentLru<GenerationRequest, GenerationResult>(Resident * 2);
        _fusion = new FusionCache(new FusionCacheOptions());
        var services = new ServiceCollection();
        services.AddHybridCache();
        services.AddVideoPipeline().AddCaching(options => options.SemanticMatching = false);
        _services = services.BuildServiceProvider();
        _hybrid = _services.GetRequiredService<HybridCache>();
        _promptCache = _services.GetRequiredService<IPromptCache>();
        foreach (var request in all)
        {
            var key = request.ComputeKey().ToString();
            _dictionary[request] = result;
            _memoryCache.Set(request, result);
            _lru.AddOrUpdate(request, result);
            _fusion.Set(key, result);
            _hybrid.SetAsync(key, new HybridEntry(result)).AsTask().GetAwaiter().GetResult();
            _promptCache.SetAsync(request, result).AsTask().GetAwaiter().GetResult();
        }

        // Look requests up through copies, so that no implementation can answer by reference equality.
        _requests = all.Take(Rotation).Select(request => request with { }).ToArray();
        _stringKeys = _requests.Select(request => request.ComputeKey().ToString()).ToArray();
        if (_promptCache.GetStatistics().EntryCount != Resident)
        {
            throw new InvalidOperationException($"Expected {Resident} resident entries; the prompt cache holds {_promptCache.GetStatistics().EntryCount}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _memoryCache.Dispose();
        _fusion.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true, Description = "ConcurrentDictionary<GenerationRequest, …> (floor)")]
    public GenerationResult? ConcurrentDictionary() => _dictionary.TryGetValue(NextRequest(), out var result) ? result : null;

    [Benchmark(Description = "MemoryCache")]
    public GenerationResult? MemoryCache() => _memoryCache.TryGetValue(NextRequest(), out GenerationResult? result) ? result : null;

    [Benchmark(Description = "BitFaster ConcurrentLru")]
    public GenerationResult? BitFasterConcurrentLru() => _lru.TryGet(NextRequest(), out var result) ? result : null;

    [Benchmark(Description = "FusionCache (precomputed string key)")]
    public GenerationResult? FusionCache() => _fusion.TryGet<GenerationResult>(NextKey()).GetValueOrDefault();

    [Benchmark(Description = "HybridCache (precomputed string key)")]
    public GenerationResult HybridCache() => _hybrid.GetOrCreateAsync(NextKey(), UnreachableHybrid).AsTask().GetAwaiter().GetResult().Value;

    [Benchmark(Description = "FusionCache (key computed per lookup)")]
    public GenerationResult? FusionCacheWithKey() => _fusion.TryGet<GenerationResult>(NextRequest().ComputeKey().ToString()).GetValueOrDefault();

    [Benchmark(Description = "HybridCache (key computed per lookup)")]
    public GenerationResult HybridCacheWithKey() => _hybrid.GetOrCreateAsync(NextRequest().ComputeKey().ToString(), UnreachableHybrid).AsTask().GetAwaiter().GetResult().Value;

    [Benchmark(Description = "IPromptCache.GetOrGenerateAsync")]
    public GenerationResult PromptCache() => _promptCache.GetOrGenerateAsync(NextRequest(), Unreachable).GetAwaiter().GetResult().GenerationResult;

    private GenerationRequest NextRequest() => _requests[_next++ & (Rotation - 1)];

    private string NextKey() => _stringKeys[_next++ & (Rotation - 1)];
}
