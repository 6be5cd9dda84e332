using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace VideoPipeline.Sdk.Generation.Internal;

/// <summary>
/// Writes canonical form 1 of a <see cref="GenerationRequest"/>: a fixed header, then each present field as a tag byte
/// followed by its value, in tag order. Strings are length-prefixed UTF-8, integers little-endian, so the encoding is
/// injective: two requests share bytes only when every field and parameter is equal.
/// </summary>
internal static class CanonicalRequestWriter
{
    private const int StackLimit = 1024;
    private const byte FormatVersion = 1;

    private const byte ScopeFull = 1;
    private const byte ScopeContext = 2;

    private const byte TagProvider = 1;
    private const byte TagModel = 2;
    private const byte TagKind = 3;
    private const byte TagPrompt = 4;
    private const byte TagNegativePrompt = 5;
    private const byte TagWidth = 6;
    private const byte TagHeight = 7;
    private const byte TagDuration = 8;
    private const byte TagFramesPerSecond = 9;
    private const byte TagSeed = 10;
    private const byte TagVoice = 11;
    private const byte TagMaxOutputTokens = 12;
    private const byte TagParameters = 13;

    private static ReadOnlySpan<byte> Magic => "VPRQ"u8;

    public static GenerationRequestKey ComputeKey(GenerationRequest request, bool includePrompt)
    {
        var length = GetLength(request, includePrompt);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = WriteTo(request, includePrompt, buffer);
            Span<byte> hash = stackalloc byte[GenerationRequestKey.SizeInBytes];
            SHA256.HashData(buffer[..written], hash);
            return new GenerationRequestKey(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static int Write(GenerationRequest request, bool includePrompt, IBufferWriter<byte> destination)
    {
        var length = GetLength(request, includePrompt);
        var written = WriteTo(request, includePrompt, destination.GetSpan(length));
        destination.Advance(written);
        return written;
    }

    private static int GetLength(GenerationRequest request, bool includePrompt)
    {
        var length = Magic.Length + 2;
        length += StringLength(request.Provider) + StringLength(request.Model) + 2;
        if (includePrompt)
        {
            length += StringLength(request.Prompt);
        }

        if (request.NegativePrompt is { } negative)
        {
            length += StringLength(negative);
        }

        length += request.Width.HasValue ? 5 : 0;
        length += request.Height.HasValue ? 5 : 0;
        length += request.Duration.HasValue ? 9 : 0;
        length += request.FramesPerSecond.HasValue ? 9 : 0;
        length += request.Seed.HasValue ? 9 : 0;
        length += request.Voice is { } voice ? StringLength(voice) : 0;
        length += request.MaxOutputTokens.HasValue ? 5 : 0;

        var parameters = request.CanonicalParameters;
        if (parameters.Count > 0)
        {
            length += 1 + VarIntLength((uint)parameters.Count);
            foreach (var (name, value) in parameters)
            {
                length += StringLength(name) - 1 + StringLength(value) - 1;
            }
        }

        return length;
    }

    private static int WriteTo(GenerationRequest request, bool includePrompt, Span<byte> destination)
    {
        var writer = new SpanWriter(destination);
        writer.WriteBytes(Magic);
        writer.WriteByte(FormatVersion);
        writer.WriteByte(includePrompt ? ScopeFull : ScopeContext);
        writer.WriteString(TagProvider, request.Provider);
        writer.WriteString(TagModel, request.Model);
        writer.WriteByte(TagKind);
        writer.WriteByte((byte)request.Kind);
        if (includePrompt)
        {
            writer.WriteString(TagPrompt, request.Prompt);
        }

        if (request.NegativePrompt is { } negative)
        {
            writer.WriteString(TagNegativePrompt, negative);
        }

        if (request.Width is { } width)
        {
            writer.WriteInt32(TagWidth, width);
        }

        if (request.Height is { } height)
        {
            writer.WriteInt32(TagHeight, height);
        }

        if (request.Duration is { } duration)
        {
            writer.WriteInt64(TagDuration, duration.Ticks);
        }

        if (request.FramesPerSecond is { } fps)
        {
            writer.WriteInt64(TagFramesPerSecond, BitConverter.DoubleToInt64Bits(fps));
        }

        if (request.Seed is { } seed)
        {
            writer.WriteInt64(TagSeed, seed);
        }

        if (request.Voice is { } voice)
        {
            writer.WriteString(TagVoice, voice);
        }

        if (request.MaxOutputTokens is { } maxTokens)
        {
            writer.WriteInt32(TagMaxOutputTokens, maxTokens);
        }

        var parameters = request.CanonicalParameters;
        if (parameters.Count > 0)
        {
            writer.WriteByte(TagParameters);
            writer.WriteVarInt((uint)parameters.Count);
            foreach (var (name, value) in parameters)
            {
                writer.WriteLengthPrefixed(name);
                writer.WriteLengthPrefixed(value);
            }
        }

        return writer.Position;
    }

    /// <summary>The tag byte, the length as a variable-length integer, and the UTF-8 bytes.</summary>
    private static int StringLength(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        return 1 + VarIntLength((uint)byteCount) + byteCount;
    }

    private static int VarIntLength(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    private ref struct SpanWriter
    {
        private readonly Span<byte> _destination;

        public SpanWriter(Span<byte> destination)
        {
            _destination = destination;
            Position = 0;
        }

        public int Position { get; private set; }

        public void WriteByte(byte value) => _destination[Position++] = value;

        public void WriteBytes(ReadOnlySpan<byte> value)
        {
            value.CopyTo(_destination[Position..]);
            Position += value.Length;
        }

        public void WriteVarInt(uint value)
        {
            while (value >= 0x80)
            {
                WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            WriteByte((byte)value);
        }

        public void WriteString(byte tag, string value)
        {
            WriteByte(tag);
            WriteLengthPrefixed(value);
        }

        public void WriteLengthPrefixed(string value)
        {
            WriteVarInt((uint)Encoding.UTF8.GetByteCount(value));
            Position += Encoding.UTF8.GetBytes(value, _destination[Position..]);
        }

        public void WriteInt32(byte tag, int value)
        {
            WriteByte(tag);
            BinaryPrimitives.WriteInt32LittleEndian(_destination[Position..], value);
            Position += sizeof(int);
        }

        public void WriteInt64(byte tag, long value)
        {
            WriteByte(tag);
            BinaryPrimitives.WriteInt64LittleEndian(_destination[Position..], value);
            Position += sizeof(long);
        }
    }
}
