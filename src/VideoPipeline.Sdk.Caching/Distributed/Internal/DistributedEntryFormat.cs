using System.Collections.Immutable;
using System.Text;

namespace VideoPipeline.Sdk.Caching.Distributed.Internal;

/// <summary>
/// The binary format of a distributed-tier entry: magic <c>VPPC</c>, version, the SHA-256 request key (checked on read, so
/// a value stored under the wrong key is never returned), creation time, provider, model, tags, result fields and content.
/// </summary>
internal static class DistributedEntryFormat
{
    private const byte Version = 1;
    private static ReadOnlySpan<byte> Magic => "VPPC"u8;

    public static byte[] Write(DistributedEntry entry)
    {
        using var stream = new MemoryStream(entry.Content.Length + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            Span<byte> key = stackalloc byte[GenerationRequestKey.SizeInBytes];
            entry.Key.CopyTo(key);
            writer.Write(key);
            writer.Write(entry.CreatedAt.ToUnixTimeMilliseconds());
            writer.Write(entry.Provider);
            writer.Write(entry.Model);
            writer.Write(entry.Tags.Count);
            foreach (var tag in entry.Tags)
            {
                writer.Write(tag);
            }

            writer.Write((byte)entry.Kind);
            writer.Write(entry.MediaType);
            writer.Write(entry.Cost.Usd);
            writer.Write(entry.Usage.Images);
            writer.Write(entry.Usage.VideoSeconds);
            writer.Write(entry.Usage.Characters);
            writer.Write(entry.Usage.Tokens);
            writer.Write(entry.Usage.Tracks);
            writer.Write(entry.ProviderLatency.Ticks);
            writer.Write(entry.Metadata.Count);
            foreach (var (name, value) in entry.Metadata)
            {
                writer.Write(name);
                writer.Write(value);
            }

            writer.Write(entry.Compressed);
            writer.Write(entry.OriginalLength);
            writer.Write(entry.Content.Length);
            writer.Write(entry.Content);
        }

        return stream.ToArray();
    }

    /// <summary>Reads an entry; <see langword="false"/> when the payload is truncated, malformed, of another version or for another key.</summary>
    public static bool TryRead(byte[] payload, GenerationRequestKey expectedKey, out DistributedEntry? entry)
    {
        entry = null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != Version)
            {
                return false;
            }

            var key = new GenerationRequestKey(reader.ReadBytes(GenerationRequestKey.SizeInBytes));
            if (key != expectedKey)
            {
                return false;
            }

            var createdAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
            var provider = reader.ReadString();
            var model = reader.ReadString();
            var tags = new string[ReadCount(reader, 16)];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = reader.ReadString();
            }

            var kind = (MediaKind)reader.ReadByte();
            var mediaType = reader.ReadString();
            var cost = Money.FromUsd(reader.ReadDecimal());
            var usage = new GenerationUsage
            {
                Images = reader.ReadInt32(),
                VideoSeconds = reader.ReadDouble(),
                Characters = reader.ReadInt64(),
                Tokens = reader.ReadInt64(),
                Tracks = reader.ReadInt32(),
            };
            var latency = TimeSpan.FromTicks(reader.ReadInt64());
            var metadataCount = ReadCount(reader, 1024);
            var metadata = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < metadataCount; i++)
            {
                metadata[reader.ReadString()] = reader.ReadString();
            }

            var compressed = reader.ReadBoolean();
            var originalLength = reader.ReadInt32();
            var contentLength = ReadCount(reader, payload.Length);
            var content = reader.ReadBytes(contentLength);
            if (content.Length != contentLength || reader.BaseStream.Position != payload.Length || originalLength < 0
                || (!compressed && originalLength != contentLength) || !Enum.IsDefined(kind) || cost.IsNegative || latency < TimeSpan.Zero)
            {
                return false;
            }

            entry = new DistributedEntry(key, createdAt, provider, model, tags, kind, mediaType, cost, usage, latency, metadata.ToImmutable(), compressed, originalLength, content);
            return true;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return false;
        }
    }

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new FormatException($"A count of {count} is outside 0 to {max}.");
    }
}
