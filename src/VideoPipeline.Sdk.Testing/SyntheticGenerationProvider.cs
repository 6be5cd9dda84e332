using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Testing.Internal;
using VideoPipeline.Sdk.Testing.Media;

namespace VideoPipeline.Sdk.Testing;

/// <summary>
/// A deterministic generation provider for tests, samples and benchmarks. It returns real, valid media: UTF-8 text, a PNG
/// of the requested size, a WAV of the requested duration for speech and music, and a YUV4MPEG2 video of the requested
/// size, frame rate and duration, which ffmpeg and other players decode.
/// </summary>
/// <remarks>
/// <para>
/// Every byte depends only on the request key and <see cref="SyntheticProviderOptions.Seed"/>. Whether a call fails depends
/// on the same two values and on how many times this instance has been called with that request, so a retry can succeed
/// and a run replays identically even under concurrency. Latency is waited on the <see cref="TimeProvider"/> given to the
/// constructor, so tests with a fake time provider take no wall time. The cost of every result is calculated from
/// <see cref="SyntheticProviderOptions.Pricing"/> and its usage.
/// </para>
/// <para>The provider is thread-safe. It remembers one counter per distinct request, for <see cref="GetCallCount"/>.</para>
/// </remarks>
public sealed class SyntheticGenerationProvider : IGenerationProvider
{
    private const ulong FailureStream = 0x6661696CUL;
    private const ulong PermanentStream = 0x7065726DUL;
    private const ulong LatencyStream = 0x6C617465UL;
    private const ulong TextStream = 0x74657874UL;

    private static readonly string[] Vocabulary =
    [
        "the", "camera", "light", "scene", "slowly", "moves", "across", "a", "quiet", "city", "at", "dawn", "while", "music",
        "rises", "and", "colour", "fills", "frame", "with", "warm", "gold", "then", "cut", "to", "close", "shot", "of", "hands",
        "shaping", "clay", "on", "wheel", "narrator", "explains", "how", "every", "story", "begins", "small",
    ];

    private readonly SyntheticProviderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<GenerationRequestKey, int> _callsByRequest = new();
    private readonly Lock _costLock = new();
    private Money _totalCost;
    private long _callCount;
    private long _failureCount;

    /// <summary>Initializes a new instance of the <see cref="SyntheticGenerationProvider"/> class with default options and the system clock.</summary>
    public SyntheticGenerationProvider()
        : this(new SyntheticProviderOptions(), TimeProvider.System)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SyntheticGenerationProvider"/> class on the system clock.</summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public SyntheticGenerationProvider(SyntheticProviderOptions options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SyntheticGenerationProvider"/> class.</summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <param name="timeProvider">The clock that latency is waited on, for example a <c>FakeTimeProvider</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public SyntheticGenerationProvider(SyntheticProviderOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var validation = new SyntheticProviderOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new ArgumentException("Invalid synthetic provider options: " + validation.FailureMessage, nameof(options));
        }

        _options = options.Clone();
        _timeProvider = timeProvider;
        Descriptor = new GenerationProviderDescriptor(_options.Name, _options.SupportedKinds, _options.Pricing);
    }

    /// <inheritdoc />
    public GenerationProviderDescriptor Descriptor { get; }

    /// <summary>Gets the number of calls to <see cref="GenerateAsync"/> so far, failed ones included.</summary>
    public long CallCount => Interlocked.Read(ref _callCount);

    /// <summary>Gets the number of calls that failed.</summary>
    public long FailureCount => Interlocked.Read(ref _failureCount);

    /// <summary>Gets the total cost of the results returned so far; failed calls cost nothing.</summary>
    public Money TotalCost
    {
        get
        {
            lock (_costLock)
            {
                return _totalCost;
            }
        }
    }

    /// <summary>Gets how many times this provider has been called with a request (equal requests count together).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The number of calls, failed ones included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public int GetCallCount(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _callsByRequest.TryGetValue(request.ComputeKey(), out var count) ? count : 0;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="GenerationProviderException">
    /// The request names another provider or a kind this provider does not produce (<see cref="GenerationErrorKind.InvalidRequest"/>),
    /// or a configured failure happened.
    /// </exception>
    public async ValueTask<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var started = _timeProvider.GetTimestamp();
        var key = request.ComputeKey();
        var attempt = _callsByRequest.AddOrUpdate(key, 1, static (_, count) => count + 1);
        Interlocked.Increment(ref _callCount);
        var contentSeed = ContentSeed(key, _options.Seed);

        var latency = _options.Latency + (_options.LatencyJitter * Unit(SeedMixer.Mix(contentSeed, LatencyStream + (ulong)attempt)));
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            ThrowIfFailing(request, contentSeed, attempt);
            var (mediaType, content, usage, metadata) = Produce(request, contentSeed);
            var cost = _options.Pricing.Calculate(usage);
            lock (_costLock)
            {
                _totalCost += cost;
            }

            metadata["synthetic.attempt"] = attempt.ToString(CultureInfo.InvariantCulture);
            return new GenerationResult(request.Kind, mediaType, content)
            {
                Cost = cost,
                Usage = usage,
                ProviderLatency = _timeProvider.GetElapsedTime(started),
                Metadata = metadata,
            };
        }
        catch (GenerationProviderException)
        {
            Interlocked.Increment(ref _failureCount);
            throw;
        }
    }

    private static ulong ContentSeed(GenerationRequestKey key, long seed)
    {
        Span<byte> bytes = stackalloc byte[GenerationRequestKey.SizeInBytes];
        key.CopyTo(bytes);
        return XxHash64.HashToUInt64(bytes, seed);
    }

    private static double Unit(ulong random) => (random >> 11) * (1.0 / (1UL << 53));

    private void ThrowIfFailing(GenerationRequest request, ulong contentSeed, int attempt)
    {
        if (!string.Equals(request.Provider, Descriptor.Name, StringComparison.Ordinal))
        {
            throw new GenerationProviderException(
                GenerationErrorKind.InvalidRequest, $"This provider is '{Descriptor.Name}'; the request names '{request.Provider}'.")
            {
                Provider = Descriptor.Name,
                ParameterName = nameof(GenerationRequest.Provider),
                StatusCode = 400,
            };
        }

        if (!Descriptor.Supports(request.Kind))
        {
            throw new GenerationProviderException(
                GenerationErrorKind.InvalidRequest, $"Provider '{Descriptor.Name}' does not produce {request.Kind}.")
            {
                Provider = Descriptor.Name,
                ParameterName = nameof(GenerationRequest.Kind),
                StatusCode = 400,
            };
        }

        if (Unit(SeedMixer.Mix(contentSeed, PermanentStream)) < _options.PermanentFailureRate)
        {
            throw new GenerationProviderException(
                GenerationErrorKind.ContentRejected, $"Provider '{Descriptor.Name}' rejected the request's content (simulated).")
            {
                Provider = Descriptor.Name,
                StatusCode = 400,
            };
        }

        // Requests that pass the content filter are the (1 - PermanentFailureRate) share of all calls; scaling the draw by
        // that share makes each rate the configured fraction of all calls.
        var passing = 1 - _options.PermanentFailureRate;
        var roll = Unit(SeedMixer.Mix(contentSeed, FailureStream + (ulong)attempt)) * passing;
        if (roll < _options.TransientFailureRate)
        {
            throw new GenerationProviderException(
                GenerationErrorKind.Transient, $"Provider '{Descriptor.Name}' failed with a simulated server error.")
            {
                Provider = Descriptor.Name,
                StatusCode = 503,
            };
        }

        if (roll < _options.TransientFailureRate + _options.RateLimitRate)
        {
            throw new GenerationProviderException(
                GenerationErrorKind.RateLimited, $"Provider '{Descriptor.Name}' is rate limiting (simulated); retry after {_options.RetryAfter}.")
            {
                Provider = Descriptor.Name,
                StatusCode = 429,
                RetryAfter = _options.RetryAfter,
            };
        }
    }

    private (string MediaType, MediaContent Content, GenerationUsage Usage, Dictionary<string, string> Metadata) Produce(
        GenerationRequest request, ulong seed)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["synthetic.seed"] = seed.ToString("x16", CultureInfo.InvariantCulture),
        };

        switch (request.Kind)
        {
            case MediaKind.Text:
            {
                var outputTokens = request.MaxOutputTokens ?? _options.DefaultOutputTokens;
                var text = GenerateText(outputTokens, seed);
                var promptTokens = (request.Prompt.Length + 3) / 4;
                metadata["tokens.input"] = promptTokens.ToString(CultureInfo.InvariantCulture);
                metadata["tokens.output"] = outputTokens.ToString(CultureInfo.InvariantCulture);
                return ("text/plain; charset=utf-8", MediaContent.FromBytes(Encoding.UTF8.GetBytes(text)),
                    new GenerationUsage { Tokens = promptTokens + outputTokens }, metadata);
            }

            case MediaKind.Image:
            {
                var width = request.Width ?? _options.DefaultImageWidth;
                var height = request.Height ?? _options.DefaultImageHeight;
                metadata["width"] = width.ToString(CultureInfo.InvariantCulture);
                metadata["height"] = height.ToString(CultureInfo.InvariantCulture);
                return ("image/png", MediaContent.FromBytes(PngEncoder.Encode(width, height, seed)), new GenerationUsage { Images = 1 }, metadata);
            }

            case MediaKind.Video:
            {
                var width = request.Width ?? _options.DefaultVideoWidth;
                var height = request.Height ?? _options.DefaultVideoHeight;
                var fps = request.FramesPerSecond ?? _options.DefaultFramesPerSecond;
                var duration = request.Duration ?? _options.DefaultVideoDuration;
                var probe = new Y4mStream(width, height, fps, duration, seed);
                metadata["width"] = width.ToString(CultureInfo.InvariantCulture);
                metadata["height"] = height.ToString(CultureInfo.InvariantCulture);
                metadata["frames"] = probe.FrameCount.ToString(CultureInfo.InvariantCulture);
                metadata["fps"] = fps.ToString("R", CultureInfo.InvariantCulture);
                metadata["duration.seconds"] = duration.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
                var content = ToContent(probe, () => new Y4mStream(width, height, fps, duration, seed));
                return ("video/x-yuv4mpeg2", content, new GenerationUsage { VideoSeconds = duration.TotalSeconds }, metadata);
            }

            case MediaKind.Speech:
            {
                var words = CountWords(request.Prompt);
                var duration = request.Duration ?? TimeSpan.FromMinutes(Math.Max(1, words) / (double)_options.SpeechWordsPerMinute);
                return Audio(duration, seed, metadata, new GenerationUsage { Characters = request.Prompt.Length });
            }

            default:
            {
                var duration = request.Duration ?? _options.DefaultMusicDuration;
                return Audio(duration, seed, metadata, new GenerationUsage { Tracks = 1 });
            }
        }
    }

    private (string, MediaContent, GenerationUsage, Dictionary<string, string>) Audio(
        TimeSpan duration, ulong seed, Dictionary<string, string> metadata, GenerationUsage usage)
    {
        var sampleRate = _options.AudioSampleRate;
        var probe = new WavStream(duration, sampleRate, seed);
        metadata["sample_rate"] = sampleRate.ToString(CultureInfo.InvariantCulture);
        metadata["duration.seconds"] = duration.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
        return ("audio/wav", ToContent(probe, () => new WavStream(duration, sampleRate, seed)), usage, metadata);
    }

    private MediaContent ToContent(GeneratedMediaStream probe, Func<GeneratedMediaStream> open)
    {
        var length = probe.Length;
        if (length > _options.InlineContentLimit)
        {
            probe.Dispose();
            return MediaContent.FromStream(
                cancellationToken =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return ValueTask.FromResult<Stream>(open());
                },
                length);
        }

        using (probe)
        {
            var bytes = new byte[length];
            probe.ReadExactly(bytes);
            return MediaContent.FromBytes(bytes);
        }
    }

    private static string GenerateText(int tokens, ulong seed)
    {
        var builder = new StringBuilder(tokens * 6);
        for (var i = 0; i < tokens; i++)
        {
            var word = Vocabulary[SeedMixer.NextInt(seed, TextStream + (ulong)i, 0, Vocabulary.Length)];
            if (i > 0)
            {
                builder.Append(i % 12 == 0 ? ". " : " ");
            }

            builder.Append(i % 12 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return builder.Append('.').ToString();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
