using System.Buffers.Binary;
using System.IO.Hashing;
using VideoPipeline.Sdk.Testing.Media;

namespace VideoPipeline.Sdk.Testing.Tests.Media;

public sealed class PngEncoderTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(64, 48)]
    [InlineData(33, 17)]
    [InlineData(640, 360)]
    public void Encode_ProducesDecodablePngOfRequestedSize(int width, int height)
    {
        var png = PngEncoder.Encode(width, height, seed: 42);

        Assert.Equal(MediaAssertions.PngSignature, png.AsSpan(0, 8).ToArray());
        var chunks = MediaAssertions.ReadPngChunks(png);

        var ihdr = Assert.Single(chunks, c => c.Type == "IHDR");
        Assert.Same(ihdr, chunks[0]);
        Assert.Equal(13, ihdr.Data.Length);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(ihdr.Data));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(ihdr.Data.AsSpan(4)));
        Assert.Equal(8, ihdr.Data[8]);  // bit depth
        Assert.Equal(2, ihdr.Data[9]);  // colour type: truecolour
        Assert.Equal(0, ihdr.Data[10]); // compression
        Assert.Equal(0, ihdr.Data[11]); // filter method
        Assert.Equal(0, ihdr.Data[12]); // interlace

        Assert.Equal("IEND", chunks[^1].Type);
        Assert.Empty(chunks[^1].Data);

        var raw = MediaAssertions.InflatePng(chunks);
        Assert.Equal(height * (1 + (3 * width)), raw.Length);
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (1 + (3 * width))]); // filter type None on every row
        }
    }

    [Fact]
    public void Encode_EveryChunkCrcVerifies()
    {
        var png = PngEncoder.Encode(300, 200, seed: 7);

        var offset = 8;
        var count = 0;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(typeAndData), stored);
            offset += 12 + length;
            count++;
        }

        Assert.Equal(png.Length, offset);
        Assert.True(count >= 3);
    }

    [Fact]
    public void Encode_LargeImageSplitsIdatAcrossChunksThatStillInflate()
    {
        const int width = 2000;
        const int height = 1500;

        var chunks = MediaAssertions.ReadPngChunks(PngEncoder.Encode(width, height, seed: 99));

        var idat = chunks.Where(c => c.Type == "IDAT").ToList();
        Assert.True(idat.Count > 1, $"expected several IDAT chunks, got {idat.Count}");
        Assert.All(idat.SkipLast(1), c => Assert.Equal(64 * 1024, c.Data.Length));
        Assert.Equal(height * (1 + (3 * width)), MediaAssertions.InflatePng(chunks).Length);
    }

    [Fact]
    public void Encode_ProducesVisiblyNonUniformImage()
    {
        const int width = 64;
        const int height = 64;
        var raw = MediaAssertions.InflatePng(MediaAssertions.ReadPngChunks(PngEncoder.Encode(width, height, seed: 3)));

        var colours = new HashSet<int>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * (1 + (3 * width))) + 1 + (3 * x);
                colours.Add((raw[i] << 16) | (raw[i + 1] << 8) | raw[i + 2]);
            }
        }

        Assert.True(colours.Count > 16, $"only {colours.Count} distinct colours");
    }

    [Fact]
    public void Encode_SameSeedGivesIdenticalBytes()
    {
        Assert.Equal(PngEncoder.Encode(120, 80, 12345), PngEncoder.Encode(120, 80, 12345));
    }

    [Fact]
    public void Encode_DifferentSeedGivesDifferentBytes()
    {
        Assert.NotEqual(PngEncoder.Encode(120, 80, 1), PngEncoder.Encode(120, 80, 2));
    }

    [Theory]
    [InlineData(0, 10, "width")]
    [InlineData(-1, 10, "width")]
    [InlineData(10, 0, "height")]
    [InlineData(10, -5, "height")]
    [InlineData(PngEncoder.MaxDimension + 1, 10, "width")]
    public void Encode_RejectsInvalidDimensions(int width, int height, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PngEncoder.Encode(width, height, 0));
        Assert.Equal(parameter, ex.ParamName);
    }
}
