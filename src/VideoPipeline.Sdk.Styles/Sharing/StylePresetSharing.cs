using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using VideoPipeline.Sdk.Styles.Sharing.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Moves presets between hosts and people: JSON bundles (<c>{ "schemaVersion": 1, "presets": [ … ] }</c>) and compact,
/// URL-safe share codes. Both keep every field, so reading what was written gives equal presets. Reading is strict: an
/// unknown field, a value that breaks a rule, or a newer schema version is a <see cref="FormatException"/> that says what
/// and where. Store what was read with <see cref="IStylePresetManager.ImportPresetsAsync"/>, which never overwrites another
/// owner's preset.
/// </summary>
public static class StylePresetSharing
{
    /// <summary>The text every share code starts with: the share-code format's version, 1.</summary>
    public const string ShareCodePrefix = "sp1.";

    private const int ChecksumLength = 4;

    /// <summary>Writes one preset as an indented JSON bundle.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    public static string Export(StylePreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return Export([preset]);
    }

    /// <summary>Writes presets as an indented JSON bundle, in the order given.</summary>
    /// <param name="presets">The presets.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presets"/> or one of them is <see langword="null"/>.</exception>
    public static string Export(IEnumerable<StylePreset> presets)
    {
        ArgumentNullException.ThrowIfNull(presets);
        var list = presets.ToList();
        for (var index = 0; index < list.Count; index++)
        {
            ArgumentNullException.ThrowIfNull(list[index], $"presets[{index}]");
        }

        return Encoding.UTF8.GetString(PresetJsonWriter.WriteBundle(list, indented: true));
    }

    /// <summary>Reads a JSON bundle written by <see cref="Export(IEnumerable{StylePreset})"/> or by hand.</summary>
    /// <param name="json">The bundle. <c>description</c>, <c>visibility</c> (private), <c>tags</c>, <c>overrides</c>,
    /// <c>version</c> (0), <c>createdAt</c> and <c>updatedAt</c> may be left out.</param>
    /// <returns>The presets, in the bundle's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a bundle of schema version 1: not JSON, an unknown or repeated
    /// field, a wrong kind of value, a value that breaks a rule (the message names the field and its path), or a newer
    /// schema (<c>This bundle was written by a newer schema (2); this version reads 1.</c>).</exception>
    public static IReadOnlyList<StylePreset> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PresetJsonReader.ReadBundle(json, "Style preset bundle");
    }

    /// <summary>
    /// Encodes one preset as a share code: <see cref="ShareCodePrefix"/> then, in base64url (letters, digits, <c>-</c> and
    /// <c>_</c>, safe in a URL), an XxHash32 checksum of the preset's compact JSON and that JSON compressed with Deflate.
    /// </summary>
    /// <param name="preset">The preset.</param>
    /// <returns>The share code; <see cref="FromShareCode"/> turns it back into an equal preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The preset is more than <see cref="StylePreset.MaxSerializedBytes"/> as JSON.</exception>
    public static string ToShareCode(StylePreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var json = PresetJsonWriter.WritePreset(preset);
        if (json.Length > StylePreset.MaxSerializedBytes)
        {
            throw new ArgumentException(OversizedMessage(json.Length), nameof(preset));
        }

        using var payload = new MemoryStream();
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, XxHash32.HashToUInt32(json));
        payload.Write(checksum);
        using (var deflate = new DeflateStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(json);
        }

        return ShareCodePrefix + Base64Url.EncodeToString(payload.ToArray());
    }

    /// <summary>Decodes a share code made by <see cref="ToShareCode"/>. White space around the code is ignored.</summary>
    /// <param name="shareCode">The share code.</param>
    /// <returns>The preset, equal to the one encoded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shareCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The code does not start with <see cref="ShareCodePrefix"/>, is not base64url, is
    /// truncated or corrupted (its checksum does not match), or holds a preset that does not read (see <see cref="Read"/>).</exception>
    public static StylePreset FromShareCode(string shareCode)
    {
        ArgumentNullException.ThrowIfNull(shareCode);
        var code = shareCode.Trim();
        if (!code.StartsWith(ShareCodePrefix, StringComparison.Ordinal))
        {
            throw new FormatException($"This is not a style preset share code: it must start with '{ShareCodePrefix}'.");
        }

        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(code.AsSpan(ShareCodePrefix.Length));
        }
        catch (FormatException exception)
        {
            throw new FormatException("This style preset share code is damaged: after the prefix it must be base64url (letters, digits, '-' and '_').", exception);
        }

        if (payload.Length <= ChecksumLength)
        {
            throw new FormatException("This style preset share code is truncated: it is too short to hold a preset.");
        }

        var json = Inflate(payload.AsSpan(ChecksumLength).ToArray());
        if (BinaryPrimitives.ReadUInt32BigEndian(payload) != XxHash32.HashToUInt32(json))
        {
            throw new FormatException("This style preset share code is corrupted or truncated: its checksum does not match its content.");
        }

        return PresetJsonReader.ReadPreset(Encoding.UTF8.GetString(json), "Style preset share code");
    }

    internal static string OversizedMessage(int bytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"The preset is {bytes:N0} bytes as JSON; it must be at most {StylePreset.MaxSerializedBytes:N0} (StylePreset.MaxSerializedBytes): shorten its description, tags or overrides.");

    /// <summary>Decompresses at most one byte more than the largest preset, so a crafted code cannot expand without bound.</summary>
    private static byte[] Inflate(byte[] compressed)
    {
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[StylePreset.MaxSerializedBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = deflate.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length > StylePreset.MaxSerializedBytes
                ? throw new FormatException(OversizedMessage(length))
                : buffer[..length];
        }
        catch (InvalidDataException exception)
        {
            throw new FormatException("This style preset share code is corrupted or truncated: its content does not decompress.", exception);
        }
    }
}
