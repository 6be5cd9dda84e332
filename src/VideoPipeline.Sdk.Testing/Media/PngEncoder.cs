using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace VideoPipeline.Sdk.Testing.Media;

/// <summary>
/// Encodes a deterministic, seed-derived test pattern (a two-colour diagonal gradient with diagonal
/// stripes) as a valid 8-bit RGB PNG image.
/// </summary>
internal static class PngEncoder
{
    /// <summary>The largest accepted width or height, in pixels.</summary>
    public const int MaxDimension = 16384;

    private const int IdatChunkSize = 64 * 1024;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes a <paramref name="width"/> x <paramref name="height"/> image whose pixels depend only on the arguments.</summary>
    /// <param name="width">The image width in pixels, 1 to <see cref="MaxDimension"/>.</param>
    /// <param name="height">The image height in pixels, 1 to <see cref="MaxDimension"/>.</param>
    /// <param name="seed">The seed from which the colours and stripe layout are derived.</param>
    /// <returns>The complete PNG file.</returns>
    public static byte[] Encode(int width, int height, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxDimension);

        var compressed = CompressPixels(width, height, seed);

        using var output = new MemoryStream(compressed.Length + 128);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: truecolour
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method: adaptive (all rows use filter type 0)
        header[12] = 0; // interlace: none
        WriteChunk(output, "IHDR"u8, header);

        ReadOnlySpan<byte> data = compressed;
        do
        {
            var length = Math.Min(IdatChunkSize, data.Length);
            WriteChunk(output, "IDAT"u8, data[..length]);
            data = data[length..];
        }
        while (!data.IsEmpty);

        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] CompressPixels(int width, int height, ulong seed)
    {
        // Gradient parameter t = x * stepX + y * stepY runs over [0, 65536) across the image.
        var stepX = 32768 / width;
        var stepY = 32768 / height;

        // Stripes roughly an eighth of the larger side wide (a power of two, at least 2 px).
        var stripeShift = 31 - int.LeadingZeroCount(Math.Max(2, Math.Max(width, height) / 8));
        var stripeOffset = SeedMixer.NextInt(seed, 0, 0, 1 << 16);

        var from = SeedMixer.Mix(seed, 1);
        var to = SeedMixer.Mix(seed, 2);
        var from0 = (int)(from & 0xFF);
        var from1 = (int)((from >> 8) & 0xFF);
        var from2 = (int)((from >> 16) & 0xFF);
        var delta0 = (int)(to & 0xFF) - from0;
        var delta1 = (int)((to >> 8) & 0xFF) - from1;
        var delta2 = (int)((to >> 16) & 0xFF) - from2;

        var row = new byte[1 + (3 * width)];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                row[0] = 0; // filter type None
                var rowT = y * stepY;
                for (var x = 0; x < width; x++)
                {
                    var t = rowT + (x * stepX);
                    var r = from0 + ((delta0 * t) >> 16);
                    var g = from1 + ((delta1 * t) >> 16);
                    var b = from2 + ((delta2 * t) >> 16);
                    if ((((x + y + stripeOffset) >> stripeShift) & 1) != 0)
                    {
                        // Stripes show the complementary colour, so the pattern is visible whatever the seed.
                        r = 255 - r;
                        g = 255 - g;
                        b = 255 - b;
                    }

                    var i = 1 + (x * 3);
                    row[i] = (byte)r;
                    row[i + 1] = (byte)g;
                    row[i + 2] = (byte)b;
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        output.Write(type);
        output.Write(data);

        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc.GetCurrentHashAsUInt32());
        output.Write(buffer);
    }
}
