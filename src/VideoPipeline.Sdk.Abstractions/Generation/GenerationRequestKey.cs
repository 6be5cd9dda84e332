using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace VideoPipeline.Sdk;

/// <summary>
/// The stable key of a <see cref="GenerationRequest"/>: the 256-bit SHA-256 of its canonical form, held inline
/// (no allocation) and formatted as 64 lower-case hexadecimal digits.
/// </summary>
/// <remarks>
/// The default value is the all-zero key, which no request produces.
/// </remarks>
public readonly struct GenerationRequestKey : IEquatable<GenerationRequestKey>, ISpanFormattable
{
    /// <summary>The size of a key in bytes (32).</summary>
    public const int SizeInBytes = 32;

    private const int HexLength = SizeInBytes * 2;

    private readonly ulong _part0;
    private readonly ulong _part1;
    private readonly ulong _part2;
    private readonly ulong _part3;

    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationRequestKey"/> struct from the 32 bytes of a SHA-256 hash.
    /// </summary>
    /// <param name="hash">The 32 bytes of the hash.</param>
    /// <exception cref="ArgumentException"><paramref name="hash"/> is not 32 bytes long.</exception>
    public GenerationRequestKey(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != SizeInBytes)
        {
            throw new ArgumentException($"A request key is {SizeInBytes} bytes; got {hash.Length}.", nameof(hash));
        }

        _part0 = BinaryPrimitives.ReadUInt64BigEndian(hash);
        _part1 = BinaryPrimitives.ReadUInt64BigEndian(hash[8..]);
        _part2 = BinaryPrimitives.ReadUInt64BigEndian(hash[16..]);
        _part3 = BinaryPrimitives.ReadUInt64BigEndian(hash[24..]);
    }

    /// <summary>Returns whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys are equal.</returns>
    public static bool operator ==(GenerationRequestKey left, GenerationRequestKey right) => left.Equals(right);

    /// <summary>Returns whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(GenerationRequestKey left, GenerationRequestKey right) => !left.Equals(right);

    /// <summary>Parses a key from its 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The digits.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 64 hexadecimal digits.</exception>
    public static GenerationRequestKey Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var key)
            ? key
            : throw new FormatException($"A request key is {HexLength} hexadecimal digits; got '{text}'.");

    /// <summary>Tries to parse a key from its 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The digits.</param>
    /// <param name="key">The key, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid key.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out GenerationRequestKey key)
    {
        Span<byte> bytes = stackalloc byte[SizeInBytes];
        if (text.Length != HexLength || Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != SizeInBytes)
        {
            key = default;
            return false;
        }

        key = new GenerationRequestKey(bytes);
        return true;
    }

    /// <summary>Copies the 32 bytes of the key to a buffer.</summary>
    /// <param name="destination">The buffer; at least 32 bytes long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < SizeInBytes)
        {
            throw new ArgumentException($"The destination must hold {SizeInBytes} bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _part0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _part1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _part2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _part3);
    }

    /// <inheritdoc />
    public bool Equals(GenerationRequestKey other) =>
        _part0 == other._part0 && _part1 == other._part1 && _part2 == other._part2 && _part3 == other._part3;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is GenerationRequestKey other && Equals(other);

    /// <inheritdoc />
    /// <remarks>The bits of a cryptographic hash are uniformly distributed, so any 32 of them make a good hash code.</remarks>
    public override int GetHashCode() => (int)_part0;

    /// <summary>Formats the key as 64 lower-case hexadecimal digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => string.Create(HexLength, this, static (chars, key) => key.TryFormat(chars, out _, default, CultureInfo.InvariantCulture));

    /// <summary>Formats the key as 64 lower-case hexadecimal digits; the format and provider are ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The digits.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the key as 64 lower-case hexadecimal digits.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">64 when the buffer was long enough, otherwise 0.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when the buffer was long enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        if (destination.Length < HexLength)
        {
            charsWritten = 0;
            return false;
        }

        _part0.TryFormat(destination, out _, "x16", CultureInfo.InvariantCulture);
        _part1.TryFormat(destination[16..], out _, "x16", CultureInfo.InvariantCulture);
        _part2.TryFormat(destination[32..], out _, "x16", CultureInfo.InvariantCulture);
        _part3.TryFormat(destination[48..], out _, "x16", CultureInfo.InvariantCulture);
        charsWritten = HexLength;
        return true;
    }
}
