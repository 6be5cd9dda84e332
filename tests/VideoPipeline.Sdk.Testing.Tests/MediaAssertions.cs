using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace VideoPipeline.Sdk.Testing.Tests;

/// <summary>
/// Minimal decoders for the media the synthetic provider produces (PNG, WAV, YUV4MPEG2), shared by the encoder tests
/// and the provider tests. Each decoder asserts the structure it walks, so a malformed file fails the test.
/// </summary>
internal static class MediaAssertions
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static readonly byte[] Y4mFrameMarker = "FRAME\n"u8.ToArray();

    public const int WavHeaderLength = 44;

    // ----- PNG -----

    /// <summary>Reads every chunk after the signature, verifying each CRC and that the chunks end exactly at the end of the file.</summary>
    public static List<PngChunk> ReadPngChunks(byte[] png)
    {
        var chunks = new List<PngChunk>();
        var offset = 8;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(png.AsSpan(offset + 4, 4 + length)), crc);
            chunks.Add(new PngChunk(type, data));
            offset += 12 + length;
        }

        Assert.Equal(png.Length, offset);
        return chunks;
    }

    /// <summary>Concatenates the IDAT chunks and inflates them into the raw, filtered scanlines.</summary>
    public static byte[] InflatePng(IEnumerable<PngChunk> chunks)
    {
        using var compressed = new MemoryStream();
        foreach (var chunk in chunks.Where(c => c.Type == "IDAT"))
        {
            compressed.Write(chunk.Data);
        }

        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    /// <summary>
    /// Decodes a PNG far enough to trust its size: the signature, an IHDR first and an IEND last, and IDAT data that
    /// inflates to exactly one filter byte plus three bytes per pixel on every row.
    /// </summary>
    public static PngImage DecodePng(byte[] png)
    {
        Assert.True(png.Length > PngSignature.Length, $"a PNG of {png.Length} bytes is too short");
        Assert.Equal(PngSignature, png.AsSpan(0, PngSignature.Length).ToArray());
        var chunks = ReadPngChunks(png);

        var ihdr = chunks[0];
        Assert.Equal("IHDR", ihdr.Type);
        Assert.Equal(13, ihdr.Data.Length);
        Assert.Equal("IEND", chunks[^1].Type);
        Assert.Empty(chunks[^1].Data);

        var width = BinaryPrimitives.ReadInt32BigEndian(ihdr.Data);
        var height = BinaryPrimitives.ReadInt32BigEndian(ihdr.Data.AsSpan(4));
        var image = new PngImage(width, height, BitDepth: ihdr.Data[8], ColourType: ihdr.Data[9], chunks, InflatePng(chunks));
        Assert.Equal((long)height * (1 + (3L * width)), image.Scanlines.Length);
        return image;
    }

    // ----- WAV -----

    /// <summary>Reads a canonical 44-byte PCM WAV header, asserting its four chunk tags.</summary>
    public static WavHeader ReadWavHeader(ReadOnlySpan<byte> wav)
    {
        Assert.True(wav.Length >= WavHeaderLength, $"a WAV of {wav.Length} bytes has no complete header");
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav[..4]));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav[8..12]));
        Assert.Equal("fmt ", Encoding.ASCII.GetString(wav[12..16]));
        Assert.Equal("data", Encoding.ASCII.GetString(wav[36..40]));

        return new WavHeader(
            RiffSize: BinaryPrimitives.ReadUInt32LittleEndian(wav[4..]),
            FormatChunkSize: BinaryPrimitives.ReadUInt32LittleEndian(wav[16..]),
            AudioFormat: BinaryPrimitives.ReadUInt16LittleEndian(wav[20..]),
            Channels: BinaryPrimitives.ReadUInt16LittleEndian(wav[22..]),
            SampleRate: BinaryPrimitives.ReadUInt32LittleEndian(wav[24..]),
            ByteRate: BinaryPrimitives.ReadUInt32LittleEndian(wav[28..]),
            BlockAlign: BinaryPrimitives.ReadUInt16LittleEndian(wav[32..]),
            BitsPerSample: BinaryPrimitives.ReadUInt16LittleEndian(wav[34..]),
            DataSize: BinaryPrimitives.ReadUInt32LittleEndian(wav[40..]));
    }

    /// <summary>Decodes a whole 16-bit mono PCM WAV, asserting that its header describes exactly the bytes that follow it.</summary>
    public static WavHeader DecodeWav(byte[] wav)
    {
        var header = ReadWavHeader(wav);
        Assert.Equal((uint)(wav.Length - 8), header.RiffSize);
        Assert.Equal(16u, header.FormatChunkSize);
        Assert.Equal(1, header.AudioFormat);   // PCM
        Assert.Equal(1, header.Channels);      // mono
        Assert.Equal(16, header.BitsPerSample);
        Assert.Equal(2, header.BlockAlign);
        Assert.Equal(header.SampleRate * header.BlockAlign, header.ByteRate);
        Assert.Equal(WavHeaderLength + header.DataSize, (uint)wav.Length);
        return header;
    }

    public static short[] ReadWavSamples(byte[] wav)
    {
        var samples = new short[(wav.Length - WavHeaderLength) / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(WavHeaderLength + (2 * i)));
        }

        return samples;
    }

    // ----- YUV4MPEG2 -----

    /// <summary>Parses the first line of a YUV4MPEG2 stream into its space-separated tokens and W, H and F values.</summary>
    public static Y4mHeader ReadY4mHeader(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOf((byte)'\n');
        Assert.True(newline > 0, "no header line");
        var tokens = Encoding.ASCII.GetString(bytes[..newline]).Split(' ');

        var width = int.Parse(Assert.Single(tokens, t => t.StartsWith('W'))[1..], CultureInfo.InvariantCulture);
        var height = int.Parse(Assert.Single(tokens, t => t.StartsWith('H'))[1..], CultureInfo.InvariantCulture);
        var rate = Assert.Single(tokens, t => t.StartsWith('F'))[1..].Split(':');
        Assert.Equal(2, rate.Length);

        return new Y4mHeader(
            tokens,
            HeaderLength: newline + 1,
            width,
            height,
            FrameRateNumerator: int.Parse(rate[0], CultureInfo.InvariantCulture),
            FrameRateDenominator: int.Parse(rate[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The size of one 4:2:0 frame, marker included.</summary>
    public static long Y4mFrameLength(int width, int height) =>
        Y4mFrameMarker.Length + ((long)width * height) + (2L * ((width + 1) / 2) * ((height + 1) / 2));

    /// <summary>
    /// Walks the frames after the header exactly as a demuxer would: each starts with a FRAME line followed by the Y, U
    /// and V planes, and the last one ends at the end of the file. Returns the number of frames.
    /// </summary>
    public static int CountY4mFrames(byte[] bytes, int headerLength, long frameLength)
    {
        var offset = (long)headerLength;
        var frames = 0;
        while (offset < bytes.Length)
        {
            Assert.Equal(Y4mFrameMarker, bytes.AsSpan((int)offset, Y4mFrameMarker.Length).ToArray());
            offset += frameLength;
            frames++;
        }

        Assert.Equal(bytes.Length, offset);
        return frames;
    }

    public static List<byte[]> SplitY4mFrames(byte[] bytes, int headerLength, int frameLength)
    {
        var frames = new List<byte[]>();
        for (var offset = headerLength; offset < bytes.Length; offset += frameLength)
        {
            frames.Add(bytes.AsSpan(offset, frameLength).ToArray());
        }

        return frames;
    }

    // ----- Streams and content -----

    /// <summary>Reads a seekable stream from its start, asserting that it ends exactly at its reported length.</summary>
    public static byte[] ReadAll(Stream stream)
    {
        stream.Position = 0;
        var bytes = new byte[checked((int)stream.Length)];
        stream.ReadExactly(bytes);
        Assert.Equal(0, stream.Read(new byte[1]));
        return bytes;
    }

    /// <summary>Reads generated content through its stream, asserting that it yields exactly <see cref="MediaContent.Length"/> bytes.</summary>
    public static async Task<byte[]> ReadAllAsync(MediaContent content)
    {
        var stream = await content.OpenReadAsync();
        await using (stream)
        {
            using var collected = new MemoryStream();
            await stream.CopyToAsync(collected);
            var bytes = collected.ToArray();
            Assert.Equal(content.Length, bytes.Length);
            return bytes;
        }
    }

    /// <summary>Reads at most <paramref name="count"/> bytes from the start of the content's stream.</summary>
    public static async Task<byte[]> ReadPrefixAsync(MediaContent content, int count)
    {
        var stream = await content.OpenReadAsync();
        await using (stream)
        {
            var buffer = new byte[count];
            var read = await stream.ReadAtLeastAsync(buffer, count, throwOnEndOfStream: false);
            return buffer[..read];
        }
    }
}

internal sealed record PngChunk(string Type, byte[] Data);

internal sealed record PngImage(int Width, int Height, byte BitDepth, byte ColourType, IReadOnlyList<PngChunk> Chunks, byte[] Scanlines);

internal readonly record struct WavHeader(
    uint RiffSize,
    uint FormatChunkSize,
    ushort AudioFormat,
    ushort Channels,
    uint SampleRate,
    uint ByteRate,
    ushort BlockAlign,
    ushort BitsPerSample,
    uint DataSize)
{
    public long SampleCount => BlockAlign == 0 ? 0 : DataSize / BlockAlign;

    public double DurationSeconds => SampleRate == 0 ? 0 : (double)SampleCount / SampleRate;
}

internal sealed record Y4mHeader(
    IReadOnlyList<string> Tokens,
    int HeaderLength,
    int Width,
    int Height,
    int FrameRateNumerator,
    int FrameRateDenominator)
{
    public double FramesPerSecond => (double)FrameRateNumerator / FrameRateDenominator;
}
