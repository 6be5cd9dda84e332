using VideoPipeline.Sdk.Testing.Media;

namespace VideoPipeline.Sdk.Testing.Tests.Media;

public sealed class Y4mStreamTests
{
    [Theory]
    [InlineData(64, 48, 30.0, 1000, 30)]
    [InlineData(33, 17, 25.0, 400, 10)]
    [InlineData(1, 1, 10.0, 300, 3)]
    [InlineData(2, 3, 24.0, 1, 1)]
    public void Stream_IsParsableY4mWithExpectedFrames(int width, int height, double fps, int milliseconds, int expectedFrames)
    {
        using var video = new Y4mStream(width, height, fps, TimeSpan.FromMilliseconds(milliseconds), seed: 9);
        var bytes = MediaAssertions.ReadAll(video);

        var parsed = MediaAssertions.ReadY4mHeader(bytes);
        var header = parsed.Tokens;
        var headerLength = parsed.HeaderLength;
        Assert.Equal("YUV4MPEG2", header[0]);
        Assert.Contains($"W{width}", header);
        Assert.Contains($"H{height}", header);
        Assert.Contains($"F{(int)fps}:1", header);
        Assert.Contains("Ip", header);
        Assert.Contains("A1:1", header);
        Assert.Contains("C420jpeg", header);
        Assert.Equal(video.HeaderLength, headerLength);

        var chromaSize = ((width + 1) / 2) * ((height + 1) / 2);
        var frameSize = 6 + (width * height) + (2 * chromaSize);
        Assert.Equal(expectedFrames, video.FrameCount);
        Assert.Equal(frameSize, video.FrameLength);
        Assert.Equal(headerLength + ((long)expectedFrames * frameSize), video.Length);
        Assert.Equal(video.Length, bytes.Length);

        // Walk the frames exactly as a demuxer would: each starts with a FRAME line followed by Y, U, V planes.
        var frames = MediaAssertions.CountY4mFrames(bytes, headerLength, frameSize);
        Assert.Equal(expectedFrames, frames);
    }

    [Theory]
    [InlineData(24.0, 24, 1)]
    [InlineData(23.976, 2997, 125)]
    [InlineData(29.97, 2997, 100)]
    [InlineData(59.94, 2997, 50)]
    [InlineData(12.5, 25, 2)]
    [InlineData(0.5, 1, 2)]
    public void Stream_WritesReducedFrameRate(double fps, int numerator, int denominator)
    {
        using var video = new Y4mStream(16, 16, fps, TimeSpan.FromSeconds(2), seed: 1);

        Assert.Equal(numerator, video.FrameRateNumerator);
        Assert.Equal(denominator, video.FrameRateDenominator);
        var header = MediaAssertions.ReadY4mHeader(MediaAssertions.ReadAll(video)).Tokens;
        Assert.Contains($"F{numerator}:{denominator}", header);
    }

    [Fact]
    public void Stream_FrameCountRoundsDurationTimesFrameRate()
    {
        using var video = new Y4mStream(8, 8, 23.976, TimeSpan.FromSeconds(10), seed: 1);

        Assert.Equal(240, video.FrameCount); // 239.76 rounds to 240
    }

    [Fact]
    public void Stream_ConsecutiveFramesDiffer()
    {
        using var video = new Y4mStream(48, 32, 30, TimeSpan.FromSeconds(0.5), seed: 4);
        var frames = MediaAssertions.SplitY4mFrames(MediaAssertions.ReadAll(video), video.HeaderLength, video.FrameLength);

        Assert.Equal(15, frames.Count);
        for (var i = 1; i < frames.Count; i++)
        {
            Assert.NotEqual(frames[i - 1], frames[i]);
        }
    }

    [Fact]
    public void Stream_FramesAreVisiblyStructured()
    {
        const int width = 64;
        const int height = 48;
        using var video = new Y4mStream(width, height, 30, TimeSpan.FromSeconds(0.1), seed: 4);
        var frame = MediaAssertions.SplitY4mFrames(MediaAssertions.ReadAll(video), video.HeaderLength, video.FrameLength)[0];

        var luma = frame.AsSpan(6, width * height).ToArray();
        Assert.True(luma.Distinct().Count() > 32, "luma plane should be a gradient, not flat");
        var u = frame.AsSpan(6 + (width * height), (width / 2) * (height / 2)).ToArray();
        Assert.True(u.Distinct().Count() > 4, "chroma plane should carry colour variation");
    }

    [Fact]
    public void Stream_SameSeedIdenticalAndDifferentSeedDifferent()
    {
        var duration = TimeSpan.FromSeconds(0.2);
        using var a = new Y4mStream(40, 30, 25, duration, seed: 77);
        using var b = new Y4mStream(40, 30, 25, duration, seed: 77);
        using var c = new Y4mStream(40, 30, 25, duration, seed: 78);

        var bytesA = MediaAssertions.ReadAll(a);
        Assert.Equal(bytesA, MediaAssertions.ReadAll(b));
        Assert.NotEqual(bytesA, MediaAssertions.ReadAll(c));
    }

    [Fact]
    public void Stream_ReadInOddSizedChunksEqualsReadAtOnce()
    {
        var duration = TimeSpan.FromSeconds(0.3);
        using var whole = new Y4mStream(33, 17, 30, duration, seed: 12);
        var expected = MediaAssertions.ReadAll(whole);

        foreach (var chunkSize in new[] { 1, 7, 4093 })
        {
            using var chunked = new Y4mStream(33, 17, 30, duration, seed: 12);
            using var collected = new MemoryStream();
            var buffer = new byte[chunkSize];
            int read;
            while ((read = chunked.Read(buffer, 0, chunkSize)) > 0)
            {
                collected.Write(buffer, 0, read);
            }

            Assert.Equal(expected, collected.ToArray());
        }
    }

    [Theory]
    [InlineData(0L, 70)]
    [InlineData(30L, 1500)]
    [InlineData(1234L, 7)]
    [InlineData(5000L, 4093)]
    public void Stream_SeekThenReadEqualsSliceOfFullRead(long offset, int count)
    {
        var duration = TimeSpan.FromSeconds(0.5);
        using var full = new Y4mStream(33, 17, 24, duration, seed: 2);
        var expected = MediaAssertions.ReadAll(full);

        using var video = new Y4mStream(33, 17, 24, duration, seed: 2);
        video.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[count];
        video.ReadExactly(buffer);

        Assert.Equal(expected.AsSpan((int)offset, count).ToArray(), buffer);
    }

    [Fact]
    public async Task Stream_ReadAsyncMatchesSynchronousRead()
    {
        var duration = TimeSpan.FromSeconds(0.2);
        using var sync = new Y4mStream(20, 10, 30, duration, seed: 6);
        var expected = MediaAssertions.ReadAll(sync);

        using var source = new Y4mStream(20, 10, 30, duration, seed: 6);
        using var collected = new MemoryStream();
        var buffer = new byte[333];
        int read;
        while ((read = await source.ReadAsync(buffer.AsMemory())) > 0)
        {
            collected.Write(buffer, 0, read);
        }

        Assert.Equal(expected, collected.ToArray());
    }

    [Fact]
    public void Stream_FullHdMinuteReportsLengthWithoutAllocatingIt()
    {
        using var video = new Y4mStream(1920, 1080, 30, TimeSpan.FromSeconds(60), seed: 1);

        const long frameSize = 6 + (1920 * 1080) + (2 * 960 * 540);
        Assert.Equal(1800, video.FrameCount);
        Assert.Equal(frameSize, video.FrameLength);
        Assert.Equal(video.HeaderLength + (1800 * frameSize), video.Length);
        Assert.True(video.Length > 5_500_000_000L);

        var before = GC.GetAllocatedBytesForCurrentThread();
        video.Seek(video.HeaderLength + (900 * frameSize), SeekOrigin.Begin);
        var frame = new byte[frameSize];
        video.ReadExactly(frame);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(MediaAssertions.Y4mFrameMarker, frame.AsSpan(0, 6).ToArray());
        Assert.True(allocated < frameSize + (64 * 1024), $"allocated {allocated} bytes to read one frame");

        // The next frame starts right after, with its own marker.
        Span<byte> marker = stackalloc byte[6];
        video.ReadExactly(marker);
        Assert.Equal(MediaAssertions.Y4mFrameMarker, marker.ToArray());
    }

    [Theory]
    [InlineData(0, 10, 30.0, 1000, "width")]
    [InlineData(-3, 10, 30.0, 1000, "width")]
    [InlineData(10, 0, 30.0, 1000, "height")]
    [InlineData(10, 10, 0.0, 1000, "framesPerSecond")]
    [InlineData(10, 10, -24.0, 1000, "framesPerSecond")]
    [InlineData(10, 10, double.NaN, 1000, "framesPerSecond")]
    [InlineData(10, 10, double.PositiveInfinity, 1000, "framesPerSecond")]
    [InlineData(10, 10, 30.0, 0, "duration")]
    [InlineData(10, 10, 30.0, -1, "duration")]
    public void Constructor_RejectsInvalidArguments(int width, int height, double fps, int milliseconds, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Y4mStream(width, height, fps, TimeSpan.FromMilliseconds(milliseconds), 0));

        Assert.Equal(parameter, ex.ParamName);
    }
}
