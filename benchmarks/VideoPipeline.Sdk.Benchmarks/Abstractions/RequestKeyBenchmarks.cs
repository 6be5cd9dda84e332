using System.Buffers;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace VideoPipeline.Sdk.Benchmarks.Abstractions;

/// <summary>
/// The request key of a video request with a 1 KB prompt: the usual approach (serialize the request to JSON, then
/// SHA-256 it) as the baseline, against <see cref="GenerationRequest.ComputeKey"/> and against the canonical form hashed
/// with XxHash128, the in-process hash a memory tier would use.
/// </summary>
[MemoryDiagnoser]
public class RequestKeyBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private GenerationRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var prompt = string.Concat(Enumerable.Repeat("A slow aerial shot glides over a fog-covered pine forest at sunrise. ", 15))[..1024];
        _request = new GenerationRequest("synthetic", "video-pro-2", MediaKind.Video, prompt)
        {
            NegativePrompt = "blurry, low quality, watermark",
            Width = 1920,
            Height = 1080,
            Duration = TimeSpan.FromSeconds(8),
            FramesPerSecond = 24,
            Seed = 1234,
        }
        .WithParameter("style", "cinematic")
        .WithParameter("camera", "drone")
        .WithParameter("guidance", 7.5);
    }

    [Benchmark(Baseline = true, Description = "JSON serialize + SHA-256")]
    public byte[] JsonThenSha256() => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(_request));

    [Benchmark(Description = "GenerationRequest.ComputeKey (canonical form + SHA-256)")]
    public GenerationRequestKey ComputeKey() => _request.ComputeKey();

    [Benchmark(Description = "Canonical form + XxHash128")]
    public UInt128 CanonicalFormThenXxHash128()
    {
        _buffer.ResetWrittenCount();
        _request.WriteCanonicalForm(_buffer);
        return XxHash128.HashToUInt128(_buffer.WrittenSpan);
    }
}
