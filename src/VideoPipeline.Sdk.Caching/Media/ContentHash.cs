using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace VideoPipeline.Sdk.Caching;

/// <summary>The SHA-256 hash of a blob's bytes: the address of content in an <see cref="IMediaStore"/>. Held inline, 32 bytes.</summary>
public readonly struct ContentHash : IEquatable<ContentHash>, ISpanFormattable
{
    /// <summary>The size of a hash in bytes: 32.</summary>
    public const int SizeInBytes = 32;

    private readonly Bytes _bytes;

    private ContentHash(Bytes bytes) => _bytes = bytes;

    /// <summary>Creates a hash from its 32 bytes.</summary>
    /// <param name="bytes">The SHA-256 digest.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static ContentHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != SizeInBytes)
        {
            throw new ArgumentException($"A content hash is {SizeInBytes} bytes; got {bytes.Length}.", nameof(bytes));
        }

        Bytes value = default;
        bytes.CopyTo(value);
        return new ContentHash(value);
    }

    /// <summary>Computes the hash of some bytes.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The SHA-256 hash of <paramref name="content"/>.</returns>
    public static ContentHash Compute(ReadOnlySpan<byte> content)
    {
        Bytes value = default;
        SHA256.HashData(content, value);
        return new ContentHash(value);
    }

    /// <summary>Parses 64 hexadecimal digits, in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 64 hexadecimal digits.</exception>
    public static ContentHash Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"A content hash is {SizeInBytes * 2} hexadecimal digits; got '{text}'.");

    /// <summary>Tries to parse 64 hexadecimal digits, in either case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hash">The hash, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 hexadecimal digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ContentHash hash)
    {
        Bytes value = default;
        if (text.Length == SizeInBytes * 2 && Convert.FromHexString(text, value, out _, out var written) == OperationStatus.Done && written == SizeInBytes)
        {
            hash = new ContentHash(value);
            return true;
        }

        hash = default;
        return false;
    }

    /// <summary>Copies the 32 bytes of the hash.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < SizeInBytes)
        {
            throw new ArgumentException($"The destination must hold {SizeInBytes} bytes; it holds {destination.Length}.", nameof(destination));
        }

        ((ReadOnlySpan<byte>)_bytes).CopyTo(destination);
    }

    /// <inheritdoc />
    public bool Equals(ContentHash other) => ((ReadOnlySpan<byte>)_bytes).SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ContentHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BinaryPrimitives.ReadInt32LittleEndian(_bytes);

    /// <summary>Returns the hash as 64 lower-case hexadecimal digits.</summary>
    /// <returns>The hexadecimal text.</returns>
    public override string ToString() => Convert.ToHexStringLower(_bytes);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Convert.TryToHexStringLower(_bytes, destination, out charsWritten);

    /// <summary>Compares two hashes.</summary>
    /// <param name="left">The first hash.</param>
    /// <param name="right">The second hash.</param>
    /// <returns><see langword="true"/> when the hashes are equal.</returns>
    public static bool operator ==(ContentHash left, ContentHash right) => left.Equals(right);

    /// <summary>Compares two hashes.</summary>
    /// <param name="left">The first hash.</param>
    /// <param name="right">The second hash.</param>
    /// <returns><see langword="true"/> when the hashes differ.</returns>
    public static bool operator !=(ContentHash left, ContentHash right) => !left.Equals(right);

    [InlineArray(SizeInBytes)]
    private struct Bytes
    {
        private byte _element0;
    }
}
