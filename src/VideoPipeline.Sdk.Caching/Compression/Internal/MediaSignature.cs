namespace VideoPipeline.Sdk.Caching.Compression.Internal;

/// <summary>Recognises payloads that are compressed already, by their leading bytes, and media types that are text.</summary>
internal static class MediaSignature
{
    /// <summary>Whether the payload starts with the signature of a compressed image, video, audio or archive format.</summary>
    public static bool IsCompressedFormat(ReadOnlySpan<byte> payload) =>
        payload.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])                  // PNG
        || payload.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])                                      // JPEG
        || payload.StartsWith("GIF8"u8)                                                // GIF
        || (payload.StartsWith("RIFF"u8) && payload.Length >= 12 && payload[8..12].SequenceEqual("WEBP"u8)) // WebP
        || (payload.Length >= 12 && payload[4..8].SequenceEqual("ftyp"u8))             // MP4, MOV, HEIC, AVIF, M4A
        || payload.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])                                // Matroska, WebM
        || payload.StartsWith("ID3"u8)                                                 // MP3 with an ID3 tag
        || (payload.Length >= 2 && payload[0] == 0xFF && (payload[1] & 0xE0) == 0xE0)  // MPEG audio frame, AAC ADTS
        || payload.StartsWith("OggS"u8)                                                // Ogg (Vorbis, Opus)
        || payload.StartsWith("fLaC"u8)                                                // FLAC
        || payload.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])                                            // gzip
        || payload.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04])                      // zip
        || payload.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]);                               // zstd

    /// <summary>Whether the media type is textual: <c>text/*</c>, JSON, XML, YAML, JavaScript, SVG, or a <c>+json</c>/<c>+xml</c> suffix.</summary>
    public static bool IsTextual(string mediaType)
    {
        var type = mediaType.AsSpan();
        var semicolon = type.IndexOf(';');
        if (semicolon >= 0)
        {
            type = type[..semicolon];
        }

        type = type.Trim();
        return type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/yaml", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/javascript", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase);
    }
}
