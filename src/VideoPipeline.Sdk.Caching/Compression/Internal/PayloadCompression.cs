using System.Buffers;
using System.IO.Compression;

namespace VideoPipeline.Sdk.Caching.Compression.Internal;

/// <summary>
/// Brotli compression of textual payloads. Only text, JSON and XML above a threshold are compressed, never a payload whose
/// signature says it is compressed already, and only when compression saves at least a tenth of the bytes.
/// </summary>
internal static class PayloadCompression
{
    private const int Quality = 5;
    private const int Window = 22;

    public static bool ShouldCompress(string mediaType, ReadOnlySpan<byte> payload, int threshold) =>
        payload.Length >= threshold && MediaSignature.IsTextual(mediaType) && !MediaSignature.IsCompressedFormat(payload);

    /// <summary>Compresses; returns <see langword="null"/> when compression would save less than a tenth of the bytes.</summary>
    public static byte[]? TryCompress(ReadOnlySpan<byte> payload)
    {
        var maxLength = BrotliEncoder.GetMaxCompressedLength(payload.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(maxLength);
        try
        {
            if (!BrotliEncoder.TryCompress(payload, buffer, out var written, Quality, Window) || written > payload.Length * 9L / 10)
            {
                return null;
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decompresses a payload of known original length; <see langword="false"/> when it is not valid Brotli of that length.</summary>
    public static bool TryDecompress(ReadOnlySpan<byte> compressed, int originalLength, out byte[] payload)
    {
        payload = new byte[originalLength];
        if (BrotliDecoder.TryDecompress(compressed, payload, out var written) && written == originalLength)
        {
            return true;
        }

        payload = [];
        return false;
    }
}
