using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Testing.Tests;

public sealed class SyntheticGenerationProviderTests
{
    private const string ProviderName = "synthetic";
    private const string ModelName = "synthetic-v1";
    private const string DefaultPrompt = "A slow pan across a quiet city at dawn";
    private const int DefaultSampleRate = 16_000;

    // Caps real waiting on work that fake time has already released; far below the simulated latencies, so a provider
    // that slept in real time instead of on its TimeProvider fails instead of passing slowly.
    private static readonly TimeSpan RealTimeCap = TimeSpan.FromSeconds(3);

    // ----- Text -----

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(250)]
    public async Task GenerateAsync_Text_ReturnsUtf8TextWithMaxOutputTokensWords(int maxOutputTokens)
    {
        var provider = new SyntheticGenerationProvider();
        var request = Request(MediaKind.Text, "Write a logline for a short film.") with { MaxOutputTokens = maxOutputTokens };

        var result = await provider.GenerateAsync(request);

        Assert.Equal(MediaKind.Text, result.Kind);
        Assert.StartsWith("text/plain", result.MediaType, StringComparison.Ordinal);
        var words = Words(await DecodeTextAsync(result));
        Assert.Equal(maxOutputTokens, words.Length);
        Assert.All(words, word => Assert.Matches("^[A-Za-z]+\\.?$", word));
    }

    [Fact]
    public async Task GenerateAsync_TextWithoutMaxOutputTokens_ReturnsDefaultOutputTokensWords()
    {
        var request = Request(MediaKind.Text, "Describe the opening shot.");

        var byDefault = await new SyntheticGenerationProvider().GenerateAsync(request);
        var configured = await Create(o => o.DefaultOutputTokens = 7).GenerateAsync(request);

        Assert.Equal(64, Words(await DecodeTextAsync(byDefault)).Length);
        Assert.Equal(7, Words(await DecodeTextAsync(configured)).Length);
    }

    // ----- Image -----

    [Theory]
    [InlineData(1, 1)]
    [InlineData(320, 240)]
    [InlineData(17, 403)]
    public async Task GenerateAsync_Image_ReturnsPngOfRequestedSize(int width, int height)
    {
        var request = Request(MediaKind.Image) with { Width = width, Height = height };

        var result = await new SyntheticGenerationProvider().GenerateAsync(request);

        Assert.Equal(MediaKind.Image, result.Kind);
        Assert.Equal("image/png", result.MediaType);
        var png = MediaAssertions.DecodePng(await MediaAssertions.ReadAllAsync(result.Content));
        Assert.Equal(width, png.Width);
        Assert.Equal(height, png.Height);
        Assert.Equal(8, png.BitDepth);
        Assert.Equal(2, png.ColourType); // truecolour
    }

    [Fact]
    public async Task GenerateAsync_ImageWithoutSize_ReturnsPngOfDefaultSize()
    {
        var defaults = new SyntheticGenerationProvider();
        var configured = Create(o =>
        {
            o.DefaultImageWidth = 40;
            o.DefaultImageHeight = 30;
        });

        var unsized = await DecodePngAsync(defaults, Request(MediaKind.Image));
        var widthOnly = await DecodePngAsync(defaults, Request(MediaKind.Image) with { Width = 100 });
        var configuredDefault = await DecodePngAsync(configured, Request(MediaKind.Image));

        Assert.Equal((64, 64), (unsized.Width, unsized.Height));
        Assert.Equal((100, 64), (widthOnly.Width, widthOnly.Height));
        Assert.Equal((40, 30), (configuredDefault.Width, configuredDefault.Height));
    }

    // ----- Video -----

    [Theory]
    [InlineData(64, 36, 8.0, 2000, 16)]
    [InlineData(32, 24, 30.0, 1500, 45)]
    [InlineData(33, 17, 24.0, 990, 24)]   // 23.76 frames round to 24
    [InlineData(20, 10, 29.97, 1000, 30)] // 29.97 frames round to 30
    public async Task GenerateAsync_Video_ReturnsY4mOfRequestedSizeFrameRateAndDuration(
        int width, int height, double framesPerSecond, int milliseconds, int expectedFrames)
    {
        var request = Request(MediaKind.Video) with
        {
            Width = width,
            Height = height,
            FramesPerSecond = framesPerSecond,
            Duration = TimeSpan.FromMilliseconds(milliseconds),
        };

        var result = await new SyntheticGenerationProvider().GenerateAsync(request);

        Assert.Equal(MediaKind.Video, result.Kind);
        Assert.Equal("video/x-yuv4mpeg2", result.MediaType);
        var bytes = await MediaAssertions.ReadAllAsync(result.Content);
        var header = MediaAssertions.ReadY4mHeader(bytes);
        Assert.Equal("YUV4MPEG2", header.Tokens[0]);
        Assert.Equal(width, header.Width);
        Assert.Equal(height, header.Height);
        Assert.Equal(framesPerSecond, header.FramesPerSecond, precision: 9);
        var frames = MediaAssertions.CountY4mFrames(bytes, header.HeaderLength, MediaAssertions.Y4mFrameLength(width, height));
        Assert.Equal(expectedFrames, frames);
    }

    [Fact]
    public async Task GenerateAsync_VideoWithoutParameters_ReturnsDefaultSizeFrameRateAndDuration()
    {
        var result = await new SyntheticGenerationProvider().GenerateAsync(Request(MediaKind.Video));

        var bytes = await MediaAssertions.ReadAllAsync(result.Content);
        var header = MediaAssertions.ReadY4mHeader(bytes);
        Assert.Equal((64, 36), (header.Width, header.Height));
        Assert.Equal((8, 1), (header.FrameRateNumerator, header.FrameRateDenominator));
        Assert.Equal(16, MediaAssertions.CountY4mFrames(bytes, header.HeaderLength, MediaAssertions.Y4mFrameLength(64, 36))); // 2 s at 8 fps
    }

    // ----- Speech -----

    [Theory]
    [InlineData(3000)]
    [InlineData(250)]
    public async Task GenerateAsync_Speech_ReturnsWavOfRequestedDuration(int milliseconds)
    {
        var request = Request(MediaKind.Speech, "Welcome to the studio.") with { Duration = TimeSpan.FromMilliseconds(milliseconds) };

        var result = await new SyntheticGenerationProvider().GenerateAsync(request);

        Assert.Equal(MediaKind.Speech, result.Kind);
        Assert.Equal("audio/wav", result.MediaType);
        var wav = MediaAssertions.DecodeWav(await MediaAssertions.ReadAllAsync(result.Content));
        Assert.Equal((uint)DefaultSampleRate, wav.SampleRate);
        Assert.Equal(DefaultSampleRate * milliseconds / 1000, wav.SampleCount);
    }

    [Theory]
    [InlineData(1, 0.4)]
    [InlineData(30, 12.0)]
    [InlineData(75, 30.0)]
    public async Task GenerateAsync_SpeechWithoutDuration_LastsWordCountAt150WordsPerMinute(int words, double expectedSeconds)
    {
        var prompt = string.Join(' ', Enumerable.Range(0, words).Select(i => $"word{i}"));

        var wav = await DecodeWavAsync(new SyntheticGenerationProvider(), Request(MediaKind.Speech, prompt));

        AssertDuration(expectedSeconds, wav);
    }

    [Fact]
    public async Task GenerateAsync_SpeechWithoutDuration_CountsWordsSeparatedByAnyWhitespace()
    {
        var wav = await DecodeWavAsync(new SyntheticGenerationProvider(), Request(MediaKind.Speech, "  one\ttwo\n\nthree   four  "));

        AssertDuration(4 * 60.0 / 150, wav);
    }

    [Fact]
    public async Task GenerateAsync_SpeechWithoutDuration_FollowsConfiguredSpeakingRate()
    {
        var prompt = string.Join(' ', Enumerable.Repeat("narrate", 30));

        var wav = await DecodeWavAsync(Create(o => o.SpeechWordsPerMinute = 300), Request(MediaKind.Speech, prompt));

        AssertDuration(6.0, wav);
    }

    // ----- Music -----

    [Fact]
    public async Task GenerateAsync_Music_ReturnsWavOfRequestedDuration()
    {
        var request = Request(MediaKind.Music, "Warm lo-fi piano") with { Duration = TimeSpan.FromSeconds(4.5) };

        var result = await new SyntheticGenerationProvider().GenerateAsync(request);

        Assert.Equal(MediaKind.Music, result.Kind);
        Assert.Equal("audio/wav", result.MediaType);
        AssertDuration(4.5, MediaAssertions.DecodeWav(await MediaAssertions.ReadAllAsync(result.Content)));
    }

    [Fact]
    public async Task GenerateAsync_MusicWithoutDuration_LastsTenSecondsEvenWithEmptyPrompt()
    {
        var wav = await DecodeWavAsync(new SyntheticGenerationProvider(), Request(MediaKind.Music, string.Empty));

        Assert.Equal((uint)DefaultSampleRate, wav.SampleRate);
        AssertDuration(10.0, wav);
    }

    [Fact]
    public async Task GenerateAsync_Audio_UsesConfiguredSampleRate()
    {
        var provider = Create(o => o.AudioSampleRate = 44_100);
        var music = await DecodeWavAsync(provider, Request(MediaKind.Music) with { Duration = TimeSpan.FromSeconds(1) });
        var speech = await DecodeWavAsync(provider, Request(MediaKind.Speech) with { Duration = TimeSpan.FromSeconds(1) });

        Assert.Equal(44_100u, music.SampleRate);
        Assert.Equal(44_100, music.SampleCount);
        Assert.Equal(44_100u, speech.SampleRate);
        Assert.Equal(44_100, speech.SampleCount);
    }

    // ----- Determinism -----

    [Theory]
    [InlineData(MediaKind.Text)]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    [InlineData(MediaKind.Music)]
    public async Task GenerateAsync_SameRequestAndSeed_ReturnsIdenticalBytesOnSeparateInstances(MediaKind kind)
    {
        var request = SmallRequest(kind);
        var first = Create(o => o.Seed = 1234);
        var second = Create(o => o.Seed = 1234);

        var bytes = await GenerateBytesAsync(first, request);

        Assert.NotEmpty(bytes);
        Assert.Equal(bytes, await GenerateBytesAsync(second, request));
        Assert.Equal(bytes, await GenerateBytesAsync(first, request)); // a repeat call is not a different output
    }

    [Theory]
    [InlineData(MediaKind.Text)]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    [InlineData(MediaKind.Music)]
    public async Task GenerateAsync_DifferentSeed_ReturnsDifferentBytes(MediaKind kind)
    {
        var request = SmallRequest(kind);

        var seedOne = await GenerateBytesAsync(Create(o => o.Seed = 1), request);
        var seedTwo = await GenerateBytesAsync(Create(o => o.Seed = 2), request);

        Assert.NotEqual(seedOne, seedTwo);
    }

    [Theory]
    [InlineData(MediaKind.Text)]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    [InlineData(MediaKind.Music)]
    public async Task GenerateAsync_DifferentPromptOrRequestSeed_ReturnsDifferentBytes(MediaKind kind)
    {
        var provider = new SyntheticGenerationProvider();
        var original = SmallRequest(kind, "a red fox at dawn");

        var bytes = await GenerateBytesAsync(provider, original);
        var otherPrompt = await GenerateBytesAsync(provider, SmallRequest(kind, "a red cat at dawn"));
        var otherRequestSeed = await GenerateBytesAsync(provider, original with { Seed = 7 });

        Assert.NotEqual(bytes, otherPrompt);
        Assert.NotEqual(bytes, otherRequestSeed);
    }

    // ----- Cost and usage -----

    [Fact]
    public async Task GenerateAsync_Video_CostsTenCentsPerSecond()
    {
        var provider = new SyntheticGenerationProvider();
        var request = Request(MediaKind.Video) with { Width = 16, Height = 16, Duration = TimeSpan.FromSeconds(3) };

        var result = await provider.GenerateAsync(request);

        Assert.Equal(new GenerationUsage { VideoSeconds = 3 }, result.Usage);
        Assert.Equal(Money.FromUsd(0.30m), result.Cost);
        Assert.Equal(provider.Descriptor.Pricing.Calculate(result.Usage), result.Cost);
    }

    [Fact]
    public async Task GenerateAsync_Image_CostsFourCentsPerImage()
    {
        var provider = new SyntheticGenerationProvider();

        var result = await provider.GenerateAsync(SmallRequest(MediaKind.Image));

        Assert.Equal(new GenerationUsage { Images = 1 }, result.Usage);
        Assert.Equal(Money.FromUsd(0.04m), result.Cost);
        Assert.Equal(provider.Descriptor.Pricing.Calculate(result.Usage), result.Cost);
    }

    [Theory]
    [InlineData(1, "0.00008")]
    [InlineData(400, "0.032")]
    [InlineData(2500, "0.2")]
    public async Task GenerateAsync_Speech_CostsEightCentsPerThousandCharacters(int characters, string expectedUsd)
    {
        var provider = new SyntheticGenerationProvider();
        var request = Request(MediaKind.Speech, new string('a', characters)) with { Duration = TimeSpan.FromMilliseconds(100) };

        var result = await provider.GenerateAsync(request);

        Assert.Equal(new GenerationUsage { Characters = characters }, result.Usage);
        Assert.Equal(Usd(expectedUsd), result.Cost);
        Assert.Equal(provider.Descriptor.Pricing.Calculate(result.Usage), result.Cost);
    }

    [Theory]
    [InlineData(1, 10, 11, "0.000022")]    // ceil(1 / 4) = 1 prompt token
    [InlineData(4, 10, 11, "0.000022")]    // ceil(4 / 4) = 1
    [InlineData(5, 10, 12, "0.000024")]    // ceil(5 / 4) = 2
    [InlineData(100, 1000, 1025, "0.00205")]
    public async Task GenerateAsync_Text_CostsPromptAndOutputTokensAtTwoTenthsOfACentPerThousand(
        int promptLength, int outputTokens, long expectedTokens, string expectedUsd)
    {
        var provider = new SyntheticGenerationProvider();
        var request = Request(MediaKind.Text, new string('p', promptLength)) with { MaxOutputTokens = outputTokens };

        var result = await provider.GenerateAsync(request);

        Assert.Equal(new GenerationUsage { Tokens = expectedTokens }, result.Usage);
        Assert.Equal(Usd(expectedUsd), result.Cost);
        Assert.Equal(provider.Descriptor.Pricing.Calculate(result.Usage), result.Cost);
    }

    [Fact]
    public async Task GenerateAsync_Music_CostsEightCentsPerTrack()
    {
        var provider = new SyntheticGenerationProvider();

        var result = await provider.GenerateAsync(SmallRequest(MediaKind.Music));

        Assert.Equal(new GenerationUsage { Tracks = 1 }, result.Usage);
        Assert.Equal(Money.FromUsd(0.08m), result.Cost);
        Assert.Equal(provider.Descriptor.Pricing.Calculate(result.Usage), result.Cost);
    }

    [Fact]
    public async Task GenerateAsync_CustomPricing_CostsWhatTheOptionsCharge()
    {
        var provider = Create(o => o.Pricing = new ProviderPricing { PerImage = Money.FromUsd(1.25m) });

        var image = await provider.GenerateAsync(SmallRequest(MediaKind.Image));
        var video = await provider.GenerateAsync(SmallRequest(MediaKind.Video));

        Assert.Equal(Money.FromUsd(1.25m), image.Cost);
        Assert.Equal(Money.Zero, video.Cost);
        Assert.Equal(Money.FromUsd(1.25m), provider.TotalCost);
    }

    [Fact]
    public async Task TotalCost_AccumulatesTheCostOfEveryResult()
    {
        var provider = new SyntheticGenerationProvider();
        Assert.Equal(Money.Zero, provider.TotalCost);

        var results = new[]
        {
            await provider.GenerateAsync(SmallRequest(MediaKind.Image)),
            await provider.GenerateAsync(Request(MediaKind.Video) with { Width = 8, Height = 8, Duration = TimeSpan.FromSeconds(3) }),
            await provider.GenerateAsync(SmallRequest(MediaKind.Music)),
            await provider.GenerateAsync(SmallRequest(MediaKind.Image)),
        };

        Assert.Equal(Money.FromUsd(0.04m + 0.30m + 0.08m + 0.04m), provider.TotalCost);
        Assert.Equal(results.Aggregate(Money.Zero, (sum, r) => sum + r.Cost), provider.TotalCost);
    }

    [Fact]
    public async Task TotalCost_ExcludesFailedCalls()
    {
        var provider = Create(o => o.TransientFailureRate = 0.5);
        var successes = 0;

        for (var i = 0; i < 200; i++)
        {
            if (await TryGenerateAsync(provider, SmallRequest(MediaKind.Image, $"Frame {i}")) is null)
            {
                successes++;
            }
        }

        Assert.InRange(successes, 1, 199);
        Assert.Equal(200 - successes, provider.FailureCount);
        Assert.Equal(Money.FromUsd(0.04m) * successes, provider.TotalCost);
    }

    // ----- Latency and cancellation -----

    [Fact]
    public async Task GenerateAsync_WithLatency_CompletesOnlyWhenFakeTimeAdvancesByTheLatency()
    {
        var time = new FakeTimeProvider();
        var provider = Create(o => o.Latency = TimeSpan.FromSeconds(5), time);

        var pending = provider.GenerateAsync(SmallRequest(MediaKind.Image)).AsTask();

        Assert.False(pending.IsCompleted);
        Assert.Equal(1, provider.CallCount); // counted when the call starts
        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        Assert.False(pending.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await pending.WaitAsync(RealTimeCap);

        Assert.Equal(TimeSpan.FromSeconds(5), result.ProviderLatency);
        Assert.Equal(32, MediaAssertions.DecodePng(await MediaAssertions.ReadAllAsync(result.Content)).Width);
    }

    [Fact]
    public async Task GenerateAsync_WithoutLatency_CompletesSynchronously()
    {
        var provider = Create(timeProvider: new FakeTimeProvider());

        var pending = provider.GenerateAsync(SmallRequest(MediaKind.Image));

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(TimeSpan.Zero, (await pending).ProviderLatency);
    }

    [Fact]
    public async Task GenerateAsync_WithJitter_WaitsBetweenLatencyAndLatencyPlusJitterDeterministically()
    {
        var firstTime = new DelayRecordingTimeProvider();
        var secondTime = new DelayRecordingTimeProvider();
        static void Configure(SyntheticProviderOptions o)
        {
            o.Latency = TimeSpan.FromSeconds(10);
            o.LatencyJitter = TimeSpan.FromSeconds(5);
        }

        var first = Create(Configure, firstTime);
        var second = Create(Configure, secondTime);
        var requests = Enumerable.Range(0, 20).Select(i => SmallRequest(MediaKind.Text, $"Line {i}")).ToList();

        var pending = requests.Select(r => first.GenerateAsync(r).AsTask())
            .Concat(requests.Select(r => second.GenerateAsync(r).AsTask()))
            .ToList();

        Assert.Equal(20, firstTime.Delays.Count);
        Assert.All(firstTime.Delays, d => Assert.InRange(d, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15)));
        Assert.True(firstTime.Delays.Distinct().Count() > 1, "jitter should vary the latency between requests");
        Assert.Equal(firstTime.Delays, secondTime.Delays);
        Assert.DoesNotContain(pending, t => t.IsCompleted);

        firstTime.Advance(TimeSpan.FromSeconds(15));
        secondTime.Advance(TimeSpan.FromSeconds(15));
        await Task.WhenAll(pending).WaitAsync(RealTimeCap);
    }

    [Fact]
    public async Task GenerateAsync_CancelledDuringLatency_ThrowsOperationCanceledAndCountsTheCall()
    {
        var time = new FakeTimeProvider();
        var provider = Create(o => o.Latency = TimeSpan.FromSeconds(5), time);
        var request = SmallRequest(MediaKind.Video);
        using var cancellation = new CancellationTokenSource();

        var pending = provider.GenerateAsync(request, cancellation.Token).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(pending.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(RealTimeCap));
        Assert.Equal(1, provider.CallCount);
        Assert.Equal(1, provider.GetCallCount(request));
        Assert.Equal(Money.Zero, provider.TotalCost);
    }

    [Fact]
    public async Task GenerateAsync_TimeoutOnFakeClockShorterThanLatency_Cancels()
    {
        var time = new FakeTimeProvider();
        var provider = Create(o => o.Latency = TimeSpan.FromSeconds(5), time);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);

        var pending = provider.GenerateAsync(SmallRequest(MediaKind.Image), timeout.Token).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(RealTimeCap));
        Assert.Equal(1, provider.CallCount);
    }

    [Fact]
    public async Task GenerateAsync_AlreadyCancelledToken_ThrowsWithoutCountingTheCall()
    {
        var provider = new SyntheticGenerationProvider();
        var request = SmallRequest(MediaKind.Image);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => provider.GenerateAsync(request, new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(0, provider.CallCount);
        Assert.Equal(0, provider.GetCallCount(request));
    }

    // ----- Failures -----

    [Fact]
    public async Task GenerateAsync_TransientFailureRateOne_FailsEveryCallWithTransient503()
    {
        var provider = Create(o => o.TransientFailureRate = 1);

        for (var i = 0; i < 10; i++)
        {
            var request = SmallRequest(MediaKind.Image, $"Shot {i}");
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                var ex = await Assert.ThrowsAsync<GenerationProviderException>(() => provider.GenerateAsync(request).AsTask());
                Assert.Equal(GenerationErrorKind.Transient, ex.ErrorKind);
                Assert.True(ex.IsTransient);
                Assert.Equal(503, ex.StatusCode);
                Assert.Equal(ProviderName, ex.Provider);
                Assert.Null(ex.RetryAfter);
                Assert.Equal(attempt, provider.GetCallCount(request));
            }
        }

        Assert.Equal(30, provider.CallCount);
        Assert.Equal(30, provider.FailureCount);
        Assert.Equal(Money.Zero, provider.TotalCost);
    }

    [Fact]
    public async Task GenerateAsync_RateLimitRateOne_FailsEveryCallWithRateLimitedAndRetryAfter()
    {
        var provider = Create(o =>
        {
            o.RateLimitRate = 1;
            o.RetryAfter = TimeSpan.FromSeconds(7);
        });

        for (var i = 0; i < 10; i++)
        {
            var ex = await Assert.ThrowsAsync<GenerationProviderException>(
                () => provider.GenerateAsync(SmallRequest(MediaKind.Speech, $"Line {i}")).AsTask());
            Assert.Equal(GenerationErrorKind.RateLimited, ex.ErrorKind);
            Assert.True(ex.IsTransient);
            Assert.Equal(429, ex.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        }

        Assert.Equal(10, provider.FailureCount);
    }

    [Fact]
    public async Task GenerateAsync_PermanentFailureRateOne_RejectsContentOnEveryAttempt()
    {
        var provider = Create(o => o.PermanentFailureRate = 1);
        var request = SmallRequest(MediaKind.Video);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var ex = await Assert.ThrowsAsync<GenerationProviderException>(() => provider.GenerateAsync(request).AsTask());
            Assert.Equal(GenerationErrorKind.ContentRejected, ex.ErrorKind);
            Assert.False(ex.IsTransient);
        }

        Assert.Equal(5, provider.GetCallCount(request));
        Assert.Equal(5, provider.FailureCount);
        Assert.Equal(Money.Zero, provider.TotalCost);
    }

    [Fact]
    public async Task GenerateAsync_PartialPermanentFailureRate_RejectsTheSameRequestsOnEveryAttempt()
    {
        var provider = Create(o => o.PermanentFailureRate = 0.3);
        var requests = Enumerable.Range(0, 300).Select(i => SmallRequest(MediaKind.Text, $"Caption {i}")).ToList();

        var firstRound = new List<GenerationErrorKind?>();
        foreach (var request in requests)
        {
            firstRound.Add((await TryGenerateAsync(provider, request))?.ErrorKind);
        }

        var rejected = firstRound.Count(kind => kind == GenerationErrorKind.ContentRejected);
        Assert.InRange(rejected / 300.0, 0.2, 0.4);
        Assert.All(firstRound, kind => Assert.True(kind is null or GenerationErrorKind.ContentRejected));
        for (var i = 0; i < requests.Count; i++)
        {
            Assert.Equal(firstRound[i], (await TryGenerateAsync(provider, requests[i]))?.ErrorKind);
        }
    }

    [Fact]
    public async Task GenerateAsync_TransientFailureRate_FailsAboutThatFractionOfDistinctRequests()
    {
        const int requests = 2000;
        var provider = Create(o => o.TransientFailureRate = 0.3);
        var failures = 0;

        for (var i = 0; i < requests; i++)
        {
            var ex = await TryGenerateAsync(provider, SmallRequest(MediaKind.Text, $"Scene {i}"));
            if (ex is not null)
            {
                Assert.Equal(GenerationErrorKind.Transient, ex.ErrorKind);
                failures++;
            }
        }

        Assert.InRange(failures / (double)requests, 0.25, 0.35);
        Assert.Equal(failures, provider.FailureCount);
        Assert.Equal(requests, provider.CallCount);
    }

    [Fact]
    public async Task GenerateAsync_CombinedFailureRates_EachKindFailsItsConfiguredFractionOfCalls()
    {
        const int requests = 2000;
        var provider = Create(o =>
        {
            o.TransientFailureRate = 0.3;
            o.PermanentFailureRate = 0.3;
        });
        var transient = 0;
        var rejected = 0;

        for (var i = 0; i < requests; i++)
        {
            switch ((await TryGenerateAsync(provider, SmallRequest(MediaKind.Text, $"Scene {i}")))?.ErrorKind)
            {
                case GenerationErrorKind.Transient:
                    transient++;
                    break;
                case GenerationErrorKind.ContentRejected:
                    rejected++;
                    break;
            }
        }

        Assert.InRange(rejected / (double)requests, 0.25, 0.35);
        Assert.InRange(transient / (double)requests, 0.25, 0.35);
    }

    [Fact]
    public async Task GenerateAsync_RetryingTransientFailure_EventuallySucceeds()
    {
        var provider = Create(o => o.TransientFailureRate = 0.3);
        var failedFirst = new List<GenerationRequest>();
        for (var i = 0; i < 100; i++)
        {
            var request = SmallRequest(MediaKind.Image, $"Storyboard {i}");
            if (await TryGenerateAsync(provider, request) is not null)
            {
                failedFirst.Add(request);
            }
        }

        Assert.NotEmpty(failedFirst);
        foreach (var request in failedFirst)
        {
            GenerationResult? result = null;
            for (var attempt = 2; result is null; attempt++)
            {
                Assert.True(attempt <= 50, "a transient failure should not repeat 50 times");
                try
                {
                    result = await provider.GenerateAsync(request);
                }
                catch (GenerationProviderException ex) when (ex.ErrorKind == GenerationErrorKind.Transient)
                {
                }
            }

            Assert.Equal(provider.GetCallCount(request).ToString(CultureInfo.InvariantCulture), result.Metadata["synthetic.attempt"]);
            Assert.Equal(32, MediaAssertions.DecodePng(await MediaAssertions.ReadAllAsync(result.Content)).Width);
        }
    }

    [Fact]
    public async Task GenerateAsync_SameSeed_ReproducesFailurePatternOnSeparateInstances()
    {
        static async Task<List<string>> RunAsync(long seed)
        {
            var provider = Create(o =>
            {
                o.Seed = seed;
                o.TransientFailureRate = 0.2;
                o.RateLimitRate = 0.1;
                o.PermanentFailureRate = 0.1;
            });
            var outcomes = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                var request = SmallRequest(MediaKind.Text, $"Shot {i}");
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    outcomes.Add((await TryGenerateAsync(provider, request))?.ErrorKind.ToString() ?? "ok");
                }
            }

            return outcomes;
        }

        var first = await RunAsync(seed: 42);
        var replay = await RunAsync(seed: 42);
        var otherSeed = await RunAsync(seed: 43);

        Assert.Equal(first, replay);
        Assert.NotEqual(first, otherSeed);
        Assert.Equal(new HashSet<string> { "ok", "Transient", "RateLimited", "ContentRejected" }, first.ToHashSet());
    }

    // ----- Counters -----

    [Fact]
    public async Task GetCallCount_CountsEqualRequestsBuiltSeparatelyTogether()
    {
        var provider = new SyntheticGenerationProvider();
        var first = (Request(MediaKind.Image, "A lighthouse in fog") with { Width = 16, Height = 16 })
            .WithParameter("style", "noir")
            .WithParameter("aspect", "1:1");
        var second = (new GenerationRequest(ProviderName, ModelName, MediaKind.Image, "A lighthouse in fog") with { Height = 16, Width = 16 })
            .WithParameter("aspect", "1:1")
            .WithParameter("style", "noir");
        var different = first.WithParameter("style", "pastel");

        Assert.Equal(0, provider.GetCallCount(first));
        await provider.GenerateAsync(first);
        await provider.GenerateAsync(second);
        await provider.GenerateAsync(first);

        Assert.Equal(first, second);
        Assert.Equal(3, provider.GetCallCount(first));
        Assert.Equal(3, provider.GetCallCount(second));
        Assert.Equal(0, provider.GetCallCount(different));
        Assert.Equal(3, provider.CallCount);
    }

    [Fact]
    public async Task CallCountAndFailureCount_CountEveryCallAndEveryFailure()
    {
        var provider = Create(o => o.TransientFailureRate = 0.3);
        Assert.Equal(0, provider.CallCount);
        Assert.Equal(0, provider.FailureCount);

        var failures = 0;
        for (var i = 0; i < 100; i++)
        {
            if (await TryGenerateAsync(provider, SmallRequest(MediaKind.Text, $"Beat {i}")) is not null)
            {
                failures++;
            }
        }

        Assert.InRange(failures, 1, 99);
        Assert.Equal(100, provider.CallCount);
        Assert.Equal(failures, provider.FailureCount);
    }

    [Fact]
    public async Task GenerateAsync_ConcurrentCalls_CountEveryCallAndReplayTheSequentialOutcome()
    {
        static SyntheticGenerationProvider CreateFlaky() => Create(o =>
        {
            o.Seed = 5;
            o.TransientFailureRate = 0.25;
        });

        var requests = Enumerable.Range(0, 8).Select(i => SmallRequest(MediaKind.Text, $"Take {i}")).ToList();
        var calls = Enumerable.Range(0, 400).Select(i => requests[i % requests.Count]).ToList();

        var concurrent = CreateFlaky();
        var concurrentFailures = 0;
        await Parallel.ForEachAsync(
            calls,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (request, _) =>
            {
                if (await TryGenerateAsync(concurrent, request) is not null)
                {
                    Interlocked.Increment(ref concurrentFailures);
                }
            });

        var sequential = CreateFlaky();
        var sequentialFailures = 0;
        foreach (var request in calls)
        {
            if (await TryGenerateAsync(sequential, request) is not null)
            {
                sequentialFailures++;
            }
        }

        Assert.Equal(400, concurrent.CallCount);
        Assert.All(requests, r => Assert.Equal(50, concurrent.GetCallCount(r)));
        Assert.Equal(concurrentFailures, concurrent.FailureCount);
        Assert.Equal(sequentialFailures, concurrentFailures);
        Assert.Equal(sequential.TotalCost, concurrent.TotalCost);
    }

    // ----- Content storage -----

    [Fact]
    public async Task GenerateAsync_FullHdMinuteOfVideo_StreamsContentInsteadOfBufferingIt()
    {
        const int width = 1920;
        const int height = 1080;
        const long frames = 60 * 30;
        var provider = new SyntheticGenerationProvider();
        var request = Request(MediaKind.Video) with
        {
            Width = width,
            Height = height,
            FramesPerSecond = 30,
            Duration = TimeSpan.FromSeconds(60),
        };

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = await provider.GenerateAsync(request);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.False(result.Content.TryGetBytes(out _));
        Assert.True(allocated < 16 * 1024 * 1024, $"generating the result allocated {allocated} bytes");
        Assert.InRange(result.Content.Length!.Value, 5_500_000_000L, 5_700_000_000L);

        var prefix = await MediaAssertions.ReadPrefixAsync(result.Content, 4096);
        Assert.Equal(4096, prefix.Length);
        var header = MediaAssertions.ReadY4mHeader(prefix);
        Assert.Equal((width, height), (header.Width, header.Height));
        Assert.Equal((30, 1), (header.FrameRateNumerator, header.FrameRateDenominator));
        Assert.Equal(MediaAssertions.Y4mFrameMarker, prefix.AsSpan(header.HeaderLength, 6).ToArray());

        var frameLength = MediaAssertions.Y4mFrameLength(width, height);
        Assert.Equal(header.HeaderLength + (frames * frameLength), result.Content.Length);

        // The last frame starts exactly where the frame count says, and the stream ends right after it.
        var stream = await result.Content.OpenReadAsync();
        await using (stream)
        {
            Assert.Equal(result.Content.Length, stream.Length);
            stream.Seek(header.HeaderLength + ((frames - 1) * frameLength), SeekOrigin.Begin);
            var marker = new byte[6];
            stream.ReadExactly(marker);
            Assert.Equal(MediaAssertions.Y4mFrameMarker, marker);
            stream.Seek(-1, SeekOrigin.End);
            Assert.NotEqual(-1, stream.ReadByte());
            Assert.Equal(-1, stream.ReadByte());
        }
    }

    [Theory]
    [InlineData(MediaKind.Text)]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    [InlineData(MediaKind.Music)]
    public async Task GenerateAsync_SmallContent_IsHeldInMemory(MediaKind kind)
    {
        var result = await new SyntheticGenerationProvider().GenerateAsync(SmallRequest(kind));

        Assert.True(result.Content.TryGetBytes(out var bytes));
        Assert.Equal(bytes.Length, result.Content.Length);
        Assert.Equal(bytes.ToArray(), await MediaAssertions.ReadAllAsync(result.Content));
    }

    [Fact]
    public async Task StreamedContent_OpenWithCancelledToken_Throws()
    {
        var result = await Create(o => o.InlineContentLimit = 0).GenerateAsync(SmallRequest(MediaKind.Video));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => result.Content.OpenReadAsync(new CancellationToken(canceled: true)).AsTask());
    }

    [Theory]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    [InlineData(MediaKind.Music)]
    public async Task GenerateAsync_ContentAboveInlineContentLimit_StreamsTheSameBytes(MediaKind kind)
    {
        var request = SmallRequest(kind);
        var inline = await new SyntheticGenerationProvider().GenerateAsync(request);
        var streamed = await Create(o => o.InlineContentLimit = 0).GenerateAsync(request);

        Assert.True(inline.Content.TryGetBytes(out var expected));
        Assert.False(streamed.Content.TryGetBytes(out _));
        Assert.Equal(expected.Length, streamed.Content.Length);
        Assert.Equal(expected.ToArray(), await MediaAssertions.ReadAllAsync(streamed.Content));
        Assert.Equal(expected.ToArray(), await MediaAssertions.ReadAllAsync(streamed.Content)); // each open starts over
    }

    // ----- Invalid input -----

    [Fact]
    public async Task GenerateAsync_NullRequest_ThrowsArgumentNull()
    {
        var provider = new SyntheticGenerationProvider();

        await Assert.ThrowsAsync<ArgumentNullException>("request", () => provider.GenerateAsync(null!).AsTask());
        Assert.Throws<ArgumentNullException>("request", () => provider.GetCallCount(null!));
        Assert.Equal(0, provider.CallCount);
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>("options", () => new SyntheticGenerationProvider(null!));
        Assert.Throws<ArgumentNullException>("options", () => new SyntheticGenerationProvider(null!, TimeProvider.System));
        Assert.Throws<ArgumentNullException>("timeProvider", () => new SyntheticGenerationProvider(new SyntheticProviderOptions(), null!));
    }

    [Fact]
    public async Task GenerateAsync_RequestForAnotherProvider_ThrowsInvalidRequestNamingProvider()
    {
        var provider = new SyntheticGenerationProvider();
        var request = new GenerationRequest("other-provider", ModelName, MediaKind.Image, DefaultPrompt);

        var ex = await Assert.ThrowsAsync<GenerationProviderException>(() => provider.GenerateAsync(request).AsTask());

        Assert.Equal(GenerationErrorKind.InvalidRequest, ex.ErrorKind);
        Assert.Equal(nameof(GenerationRequest.Provider), ex.ParameterName);
        Assert.Equal(400, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.Equal(1, provider.FailureCount);
        Assert.Equal(Money.Zero, provider.TotalCost);
    }

    [Fact]
    public async Task GenerateAsync_UnsupportedKind_ThrowsInvalidRequestNamingKind()
    {
        var provider = Create(o => o.SupportedKinds = [MediaKind.Image]);

        var ex = await Assert.ThrowsAsync<GenerationProviderException>(
            () => provider.GenerateAsync(SmallRequest(MediaKind.Video)).AsTask());
        var image = await provider.GenerateAsync(SmallRequest(MediaKind.Image));

        Assert.Equal(GenerationErrorKind.InvalidRequest, ex.ErrorKind);
        Assert.Equal(nameof(GenerationRequest.Kind), ex.ParameterName);
        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("image/png", image.MediaType);
    }

    [Theory]
    [InlineData(nameof(SyntheticProviderOptions.Name))]
    [InlineData(nameof(SyntheticProviderOptions.SupportedKinds))]
    [InlineData(nameof(SyntheticProviderOptions.Pricing))]
    [InlineData(nameof(SyntheticProviderOptions.Latency))]
    [InlineData(nameof(SyntheticProviderOptions.LatencyJitter))]
    [InlineData(nameof(SyntheticProviderOptions.TransientFailureRate))]
    [InlineData(nameof(SyntheticProviderOptions.RateLimitRate))]
    [InlineData(nameof(SyntheticProviderOptions.PermanentFailureRate))]
    [InlineData(nameof(SyntheticProviderOptions.RetryAfter))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultImageWidth))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultImageHeight))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultVideoWidth))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultVideoHeight))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultVideoDuration))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultFramesPerSecond))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultMusicDuration))]
    [InlineData(nameof(SyntheticProviderOptions.SpeechWordsPerMinute))]
    [InlineData(nameof(SyntheticProviderOptions.AudioSampleRate))]
    [InlineData(nameof(SyntheticProviderOptions.DefaultOutputTokens))]
    [InlineData(nameof(SyntheticProviderOptions.InlineContentLimit))]
    public void Constructor_InvalidOption_ThrowsArgumentExceptionNamingTheProperty(string property)
    {
        var options = new SyntheticProviderOptions();
        MakeInvalid(options, property);

        var ex = Assert.Throws<ArgumentException>("options", () => new SyntheticGenerationProvider(options));

        Assert.Contains(property, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FailureRatesSummingAboveOne_ThrowsArgumentException()
    {
        var options = new SyntheticProviderOptions
        {
            TransientFailureRate = 0.5,
            RateLimitRate = 0.5,
            PermanentFailureRate = 0.25,
        };

        var ex = Assert.Throws<ArgumentException>("options", () => new SyntheticGenerationProvider(options));

        Assert.Contains("TransientFailureRate + RateLimitRate + PermanentFailureRate is 1.25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FailureRatesSummingToExactlyOne_IsAccepted()
    {
        var provider = Create(o =>
        {
            o.TransientFailureRate = 0.5;
            o.RateLimitRate = 0.25;
            o.PermanentFailureRate = 0.25;
        });

        Assert.Equal(ProviderName, provider.Descriptor.Name);
    }

    [Fact]
    public async Task Constructor_CopiesOptions_SoLaterChangesHaveNoEffect()
    {
        var options = new SyntheticProviderOptions();
        var provider = new SyntheticGenerationProvider(options);

        options.Name = "renamed";
        options.SupportedKinds.Remove(MediaKind.Image);
        options.DefaultImageWidth = 10;
        options.TransientFailureRate = 1;
        options.Pricing = ProviderPricing.Free;
        options.Seed = 99;

        var result = await provider.GenerateAsync(Request(MediaKind.Image));
        var png = MediaAssertions.DecodePng(await MediaAssertions.ReadAllAsync(result.Content));
        Assert.Equal(64, png.Width);
        Assert.Equal(Money.FromUsd(0.04m), result.Cost);
        Assert.Equal(ProviderName, provider.Descriptor.Name);
        Assert.Contains(MediaKind.Image, provider.Descriptor.SupportedKinds);
        Assert.Equal(
            await GenerateBytesAsync(new SyntheticGenerationProvider(), Request(MediaKind.Image)),
            await MediaAssertions.ReadAllAsync(result.Content));
    }

    // ----- Descriptor -----

    [Fact]
    public void Descriptor_ReflectsOptions()
    {
        var pricing = new ProviderPricing { PerVideoSecond = Money.FromUsd(0.5m), PerImage = Money.FromUsd(0.01m) };

        var provider = Create(o =>
        {
            o.Name = "studio-a_v2.1";
            o.SupportedKinds = [MediaKind.Video, MediaKind.Image, MediaKind.Video];
            o.Pricing = pricing;
        });

        Assert.Equal("studio-a_v2.1", provider.Descriptor.Name);
        Assert.Equal([MediaKind.Image, MediaKind.Video], provider.Descriptor.SupportedKinds);
        Assert.Equal(pricing, provider.Descriptor.Pricing);
        Assert.True(provider.Descriptor.Supports(MediaKind.Video));
        Assert.False(provider.Descriptor.Supports(MediaKind.Text));
    }

    [Fact]
    public async Task Descriptor_DefaultsToSyntheticProducingEveryKind()
    {
        var provider = new SyntheticGenerationProvider();

        Assert.Equal(ProviderName, provider.Descriptor.Name);
        Assert.Equal(Enum.GetValues<MediaKind>(), provider.Descriptor.SupportedKinds);
        Assert.Equal(Money.FromUsd(0.04m), provider.Descriptor.Pricing.PerImage);

        // A request that names the descriptor's provider is served.
        var request = new GenerationRequest(provider.Descriptor.Name, ModelName, MediaKind.Text, DefaultPrompt);
        Assert.NotEmpty(await GenerateBytesAsync(provider, request));
    }

    // ----- Helpers -----

    private static GenerationRequest Request(MediaKind kind, string prompt = DefaultPrompt) =>
        new(ProviderName, ModelName, kind, prompt);

    /// <summary>A cheap request of each kind: a few words, a few pixels, a fraction of a second.</summary>
    private static GenerationRequest SmallRequest(MediaKind kind, string prompt = DefaultPrompt) => kind switch
    {
        MediaKind.Text => Request(kind, prompt) with { MaxOutputTokens = 16 },
        MediaKind.Image => Request(kind, prompt) with { Width = 32, Height = 24 },
        MediaKind.Video => Request(kind, prompt) with { Width = 16, Height = 12, FramesPerSecond = 8, Duration = TimeSpan.FromSeconds(0.5) },
        _ => Request(kind, prompt) with { Duration = TimeSpan.FromMilliseconds(250) },
    };

    private static SyntheticGenerationProvider Create(
        Action<SyntheticProviderOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var options = new SyntheticProviderOptions();
        configure?.Invoke(options);
        return new SyntheticGenerationProvider(options, timeProvider ?? TimeProvider.System);
    }

    private static async Task<byte[]> GenerateBytesAsync(SyntheticGenerationProvider provider, GenerationRequest request) =>
        await MediaAssertions.ReadAllAsync((await provider.GenerateAsync(request)).Content);

    /// <summary>Generates, returning the provider's error instead of throwing it, or <see langword="null"/> on success.</summary>
    private static async Task<GenerationProviderException?> TryGenerateAsync(SyntheticGenerationProvider provider, GenerationRequest request)
    {
        try
        {
            await provider.GenerateAsync(request);
            return null;
        }
        catch (GenerationProviderException ex)
        {
            return ex;
        }
    }

    private static async Task<PngImage> DecodePngAsync(SyntheticGenerationProvider provider, GenerationRequest request) =>
        MediaAssertions.DecodePng(await GenerateBytesAsync(provider, request));

    private static async Task<WavHeader> DecodeWavAsync(SyntheticGenerationProvider provider, GenerationRequest request)
    {
        var result = await provider.GenerateAsync(request);
        Assert.Equal("audio/wav", result.MediaType);
        return MediaAssertions.DecodeWav(await MediaAssertions.ReadAllAsync(result.Content));
    }

    private static async Task<string> DecodeTextAsync(GenerationResult result)
    {
        var bytes = await MediaAssertions.ReadAllAsync(result.Content);
        Assert.NotEmpty(bytes);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts a WAV lasts the expected time, to within one sample.</summary>
    private static void AssertDuration(double expectedSeconds, WavHeader wav)
    {
        var expectedSamples = expectedSeconds * wav.SampleRate;
        Assert.InRange(wav.SampleCount, expectedSamples - 1, expectedSamples + 1);
    }

    private static Money Usd(string amount) => Money.FromUsd(decimal.Parse(amount, CultureInfo.InvariantCulture));

    private static void MakeInvalid(SyntheticProviderOptions options, string property)
    {
        switch (property)
        {
            case nameof(SyntheticProviderOptions.Name): options.Name = "bad name!"; break;
            case nameof(SyntheticProviderOptions.SupportedKinds): options.SupportedKinds = []; break;
            case nameof(SyntheticProviderOptions.Pricing): options.Pricing = null!; break;
            case nameof(SyntheticProviderOptions.Latency): options.Latency = TimeSpan.FromSeconds(-1); break;
            case nameof(SyntheticProviderOptions.LatencyJitter): options.LatencyJitter = TimeSpan.FromHours(2); break;
            case nameof(SyntheticProviderOptions.TransientFailureRate): options.TransientFailureRate = 1.5; break;
            case nameof(SyntheticProviderOptions.RateLimitRate): options.RateLimitRate = -0.1; break;
            case nameof(SyntheticProviderOptions.PermanentFailureRate): options.PermanentFailureRate = double.NaN; break;
            case nameof(SyntheticProviderOptions.RetryAfter): options.RetryAfter = TimeSpan.FromHours(2); break;
            case nameof(SyntheticProviderOptions.DefaultImageWidth): options.DefaultImageWidth = 0; break;
            case nameof(SyntheticProviderOptions.DefaultImageHeight): options.DefaultImageHeight = 16_385; break;
            case nameof(SyntheticProviderOptions.DefaultVideoWidth): options.DefaultVideoWidth = -1; break;
            case nameof(SyntheticProviderOptions.DefaultVideoHeight): options.DefaultVideoHeight = 0; break;
            case nameof(SyntheticProviderOptions.DefaultVideoDuration): options.DefaultVideoDuration = TimeSpan.Zero; break;
            case nameof(SyntheticProviderOptions.DefaultFramesPerSecond): options.DefaultFramesPerSecond = double.PositiveInfinity; break;
            case nameof(SyntheticProviderOptions.DefaultMusicDuration): options.DefaultMusicDuration = TimeSpan.FromHours(2); break;
            case nameof(SyntheticProviderOptions.SpeechWordsPerMinute): options.SpeechWordsPerMinute = 10; break;
            case nameof(SyntheticProviderOptions.AudioSampleRate): options.AudioSampleRate = 4_000; break;
            case nameof(SyntheticProviderOptions.DefaultOutputTokens): options.DefaultOutputTokens = 0; break;
            case nameof(SyntheticProviderOptions.InlineContentLimit): options.InlineContentLimit = -1; break;
            default: throw new ArgumentOutOfRangeException(nameof(property), property, "No invalid value defined for this property.");
        }
    }

    /// <summary>A fake clock that also records the due time of every timer created on it, i.e. every delay awaited.</summary>
    private sealed class DelayRecordingTimeProvider : FakeTimeProvider
    {
        private readonly ConcurrentQueue<TimeSpan> _delays = new();

        public IReadOnlyList<TimeSpan> Delays => [.. _delays];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _delays.Enqueue(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
