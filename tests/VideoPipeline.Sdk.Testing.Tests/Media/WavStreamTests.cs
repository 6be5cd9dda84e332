using VideoPipeline.Sdk.Testing.Media;

namespace VideoPipeline.Sdk.Testing.Tests.Media;

public sealed class WavStreamTests
{
    [Theory]
    [InlineData(1000, 44100)]
    [InlineData(2500, 48000)]
    [InlineData(1, 8000)]
    [InlineData(333, 22050)]
    public void Stream_IsValidPcmWaveOfRequestedDuration(int milliseconds, int sampleRate)
    {
        var duration = TimeSpan.FromMilliseconds(milliseconds);
        using var wav = new WavStream(duration, sampleRate, seed: 5);
        var bytes = MediaAssertions.ReadAll(wav);
        var header = MediaAssertions.ReadWavHeader(bytes);

        Assert.Equal(wav.Length, bytes.Length);
        Assert.Equal(WavStream.ComputeLength(duration, sampleRate), wav.Length);
        Assert.Equal((uint)(bytes.Length - 8), header.RiffSize);
        Assert.Equal(16u, header.FormatChunkSize);
        Assert.Equal(1, header.AudioFormat);   // PCM
        Assert.Equal(1, header.Channels);      // mono
        Assert.Equal((uint)sampleRate, header.SampleRate);
        Assert.Equal((uint)sampleRate * 2, header.ByteRate);
        Assert.Equal(2, header.BlockAlign);
        Assert.Equal(16, header.BitsPerSample);

        var dataSize = header.DataSize;
        Assert.Equal(2 * wav.SampleCount, (long)dataSize);
        Assert.Equal(44 + dataSize, (uint)bytes.Length);

        var decodedSeconds = (double)(dataSize / 2) / sampleRate;
        Assert.InRange(decodedSeconds, duration.TotalSeconds - (1.0 / sampleRate), duration.TotalSeconds + (1.0 / sampleRate));
    }

    [Fact]
    public void Stream_ContainsAudibleTonesWithoutClipping()
    {
        using var wav = new WavStream(TimeSpan.FromSeconds(2), 44100, seed: 11);
        var samples = MediaAssertions.ReadWavSamples(MediaAssertions.ReadAll(wav));

        var peak = samples.Max(s => Math.Abs((int)s));
        Assert.InRange(peak, 8000, 30000);

        // Starts and ends silent thanks to the fades.
        Assert.Equal(0, samples[0]);
        Assert.Equal(0, samples[^1]);

        // A real oscillating signal, not a constant or noise-free ramp.
        var signChanges = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if ((samples[i - 1] < 0) != (samples[i] < 0))
            {
                signChanges++;
            }
        }

        Assert.True(signChanges > 2 * 150, $"only {signChanges} zero crossings in 2 s");
    }

    [Fact]
    public void Stream_ReadInOddSizedChunksEqualsReadAtOnce()
    {
        var duration = TimeSpan.FromSeconds(1.37);
        using var whole = new WavStream(duration, 44100, seed: 3);
        var expected = MediaAssertions.ReadAll(whole);

        foreach (var chunkSize in new[] { 1, 7, 4093 })
        {
            using var chunked = new WavStream(duration, 44100, seed: 3);
            using var collected = new MemoryStream();
            var buffer = new byte[chunkSize];
            int read;
            while ((read = chunked.Read(buffer, 0, chunkSize)) > 0)
            {
                Assert.True(read <= chunkSize);
                collected.Write(buffer, 0, read);
            }

            Assert.Equal(expected, collected.ToArray());
        }
    }

    [Fact]
    public async Task Stream_ReadAsyncAndCopyToMatchSynchronousRead()
    {
        var duration = TimeSpan.FromSeconds(0.5);
        using var sync = new WavStream(duration, 16000, seed: 8);
        var expected = MediaAssertions.ReadAll(sync);

        using var asyncSource = new WavStream(duration, 16000, seed: 8);
        using var collected = new MemoryStream();
        await asyncSource.CopyToAsync(collected, 1001);

        Assert.Equal(expected, collected.ToArray());
    }

    [Theory]
    [InlineData(0L, 100)]
    [InlineData(43L, 10)]
    [InlineData(45L, 3)]
    [InlineData(1001L, 4093)]
    [InlineData(20_000L, 1)]
    public void Stream_SeekThenReadEqualsSliceOfFullRead(long offset, int count)
    {
        var duration = TimeSpan.FromSeconds(1);
        using var full = new WavStream(duration, 22050, seed: 21);
        var expected = MediaAssertions.ReadAll(full);

        using var wav = new WavStream(duration, 22050, seed: 21);
        Assert.Equal(offset, wav.Seek(offset, SeekOrigin.Begin));
        var buffer = new byte[count];
        var read = wav.Read(buffer);

        Assert.Equal(count, read);
        Assert.Equal(expected.AsSpan((int)offset, count).ToArray(), buffer);
        Assert.Equal(offset + count, wav.Position);
    }

    [Fact]
    public void Stream_ReadsStopAtEndAndSeekFromEndWorks()
    {
        using var wav = new WavStream(TimeSpan.FromMilliseconds(10), 8000, seed: 1);
        var expected = MediaAssertions.ReadAll(wav);

        wav.Seek(-5, SeekOrigin.End);
        var buffer = new byte[100];
        Assert.Equal(5, wav.Read(buffer));
        Assert.Equal(expected.AsSpan(expected.Length - 5).ToArray(), buffer.AsSpan(0, 5).ToArray());
        Assert.Equal(0, wav.Read(buffer));
        Assert.Equal(-1, wav.ReadByte());

        wav.Position = wav.Length + 10;
        Assert.Equal(0, wav.Read(buffer));
    }

    [Fact]
    public void Stream_SameSeedIdenticalAndDifferentSeedDifferent()
    {
        var duration = TimeSpan.FromSeconds(0.25);
        using var a = new WavStream(duration, 44100, seed: 100);
        using var b = new WavStream(duration, 44100, seed: 100);
        using var c = new WavStream(duration, 44100, seed: 101);

        var bytesA = MediaAssertions.ReadAll(a);
        Assert.Equal(bytesA, MediaAssertions.ReadAll(b));
        Assert.NotEqual(bytesA, MediaAssertions.ReadAll(c));
    }

    [Fact]
    public void Stream_IsReadOnlyAndSeekable()
    {
        using var wav = new WavStream(TimeSpan.FromSeconds(1), 8000, seed: 0);

        Assert.True(wav.CanRead);
        Assert.True(wav.CanSeek);
        Assert.False(wav.CanWrite);
        Assert.Throws<NotSupportedException>(() => wav.Write(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => wav.SetLength(10));
        Assert.Throws<IOException>(() => wav.Seek(-1, SeekOrigin.Begin));
        Assert.Throws<ArgumentOutOfRangeException>(() => wav.Position = -1);
    }

    [Fact]
    public void Stream_VeryShortDurationHasAtLeastOneSample()
    {
        using var wav = new WavStream(TimeSpan.FromTicks(1), 8000, seed: 0);

        Assert.Equal(1, wav.SampleCount);
        Assert.Equal(46, wav.Length);
    }

    [Fact]
    public void ComputeLength_MatchesStreamLength()
    {
        var duration = TimeSpan.FromMinutes(3);
        using var wav = new WavStream(duration, 48000, seed: 0);

        Assert.Equal(44 + (2L * 48000 * 180), WavStream.ComputeLength(duration, 48000));
        Assert.Equal(wav.Length, WavStream.ComputeLength(duration, 48000));
    }

    [Theory]
    [InlineData(0, 44100, "duration")]
    [InlineData(-1000, 44100, "duration")]
    [InlineData(1000, 7999, "sampleRate")]
    [InlineData(1000, 192001, "sampleRate")]
    [InlineData(1000, 0, "sampleRate")]
    public void Constructor_RejectsInvalidArguments(int milliseconds, int sampleRate, string parameter)
    {
        var duration = TimeSpan.FromMilliseconds(milliseconds);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WavStream(duration, sampleRate, 0));
        Assert.Equal(parameter, ex.ParamName);
        var lengthEx = Assert.Throws<ArgumentOutOfRangeException>(() => WavStream.ComputeLength(duration, sampleRate));
        Assert.Equal(parameter, lengthEx.ParamName);
    }

    [Fact]
    public void Constructor_RejectsDurationTooLongForWav()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WavStream(TimeSpan.FromHours(4), 192000, 0));
        Assert.Equal("duration", ex.ParamName);
    }
}
