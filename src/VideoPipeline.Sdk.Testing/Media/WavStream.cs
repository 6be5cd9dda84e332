using System.Buffers.Binary;

namespace VideoPipeline.Sdk.Testing.Media;

/// <summary>
/// A RIFF/WAVE file (PCM, mono, 16-bit) generated on demand: a chord of three seed-derived sine tones
/// with a slow tremolo and short fades at both ends. Sample values use only integer and basic IEEE
/// arithmetic, so the bytes are identical on every platform.
/// </summary>
internal sealed class WavStream : GeneratedMediaStream
{
    /// <summary>The size of the RIFF, 'fmt ' and 'data' chunk headers, in bytes.</summary>
    public const int HeaderLength = 44;

    /// <summary>The lowest accepted sample rate, in hertz.</summary>
    public const int MinSampleRate = 8000;

    /// <summary>The highest accepted sample rate, in hertz.</summary>
    public const int MaxSampleRate = 192000;

    private const int BytesPerSample = 2;
    private const int TableBits = 12;
    private const int TableSize = 1 << TableBits;
    private const int FractionBits = 32 - TableBits;
    private const double FractionScale = 1.0 / (1 << FractionBits);
    private const double FullScale = 32767.0;

    // Peak amplitudes of the three tones; they sum to well below full scale, so samples never clip.
    private const double Amplitude0 = 0.34;
    private const double Amplitude1 = 0.20;
    private const double Amplitude2 = 0.13;

    private static readonly double[] SineTable = BuildSineTable();

    private readonly byte[] _header;
    private readonly long _sampleCount;
    private readonly long _fadeSamples;
    private readonly ulong _increment0;
    private readonly ulong _increment1;
    private readonly ulong _increment2;
    private readonly ulong _tremoloIncrement;

    /// <summary>Initialises a WAV stream of the given duration, sample rate and seed.</summary>
    /// <param name="duration">The audio duration; greater than zero and short enough for a 4 GiB WAV file.</param>
    /// <param name="sampleRate">The sample rate in hertz, <see cref="MinSampleRate"/> to <see cref="MaxSampleRate"/>.</param>
    /// <param name="seed">The seed from which the tone frequencies and tremolo rate are derived.</param>
    public WavStream(TimeSpan duration, int sampleRate, ulong seed)
        : base(ComputeLength(duration, sampleRate))
    {
        _sampleCount = ComputeSampleCount(duration, sampleRate);
        SampleRate = sampleRate;
        _fadeSamples = Math.Max(1, Math.Min(sampleRate / 50, _sampleCount / 2));

        // A major triad (4:5:6) on a root between 180 and 480 Hz, frequencies in millihertz.
        var rootMilliHertz = (ulong)SeedMixer.NextInt(seed, 10, 180_000, 480_000);
        _increment0 = PhaseIncrement(rootMilliHertz, sampleRate);
        _increment1 = PhaseIncrement(rootMilliHertz * 5 / 4, sampleRate);
        _increment2 = PhaseIncrement(rootMilliHertz * 3 / 2, sampleRate);
        _tremoloIncrement = PhaseIncrement((ulong)SeedMixer.NextInt(seed, 11, 250, 1_500), sampleRate);

        _header = BuildHeader(sampleRate, _sampleCount);
    }

    /// <summary>Gets the number of samples in the 'data' chunk.</summary>
    public long SampleCount => _sampleCount;

    /// <summary>Gets the sample rate in hertz.</summary>
    public int SampleRate { get; }

    /// <summary>Computes the total length in bytes of a WAV stream with the given duration and sample rate.</summary>
    /// <param name="duration">The audio duration; greater than zero and short enough for a 4 GiB WAV file.</param>
    /// <param name="sampleRate">The sample rate in hertz, <see cref="MinSampleRate"/> to <see cref="MaxSampleRate"/>.</param>
    /// <returns>The header length plus two bytes per sample.</returns>
    public static long ComputeLength(TimeSpan duration, int sampleRate) =>
        HeaderLength + (BytesPerSample * ComputeSampleCount(duration, sampleRate));

    /// <inheritdoc />
    protected override void Fill(long position, Span<byte> destination)
    {
        if (position < HeaderLength)
        {
            var headerBytes = (int)Math.Min(HeaderLength - position, destination.Length);
            _header.AsSpan((int)position, headerBytes).CopyTo(destination);
            destination = destination[headerBytes..];
            position += headerBytes;
        }

        if (destination.IsEmpty)
        {
            return;
        }

        var dataOffset = position - HeaderLength;
        var sampleIndex = dataOffset / BytesPerSample;
        Span<byte> pair = stackalloc byte[BytesPerSample];

        if ((dataOffset & 1) != 0)
        {
            // Starts in the middle of a sample: emit its high byte.
            BinaryPrimitives.WriteInt16LittleEndian(pair, ComputeSample(sampleIndex));
            destination[0] = pair[1];
            destination = destination[1..];
            sampleIndex++;
        }

        while (destination.Length >= BytesPerSample)
        {
            BinaryPrimitives.WriteInt16LittleEndian(destination, ComputeSample(sampleIndex));
            destination = destination[BytesPerSample..];
            sampleIndex++;
        }

        if (!destination.IsEmpty)
        {
            // Ends in the middle of a sample: emit its low byte.
            BinaryPrimitives.WriteInt16LittleEndian(pair, ComputeSample(sampleIndex));
            destination[0] = pair[0];
        }
    }

    private static long ComputeSampleCount(TimeSpan duration, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, MinSampleRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sampleRate, MaxSampleRate);

        var samples = Math.Max(1.0, Math.Round(duration.TotalSeconds * sampleRate, MidpointRounding.AwayFromZero));

        // The RIFF size field (file length - 8) is an unsigned 32-bit value.
        const double maxSamples = (uint.MaxValue - (HeaderLength - 8)) / BytesPerSample;
        if (samples > maxSamples)
        {
            throw new ArgumentOutOfRangeException(
                nameof(duration),
                duration,
                "The duration is too long for a WAV file (at most 4 GiB of sample data).");
        }

        return (long)samples;
    }

    private static ulong PhaseIncrement(ulong milliHertz, int sampleRate) =>
        (milliHertz << 32) / ((ulong)sampleRate * 1000);

    private static byte[] BuildHeader(int sampleRate, long sampleCount)
    {
        var dataSize = (uint)(sampleCount * BytesPerSample);
        var header = new byte[HeaderLength];
        var span = header.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], dataSize + HeaderLength - 8);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);                          // fmt chunk size
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);                           // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);                           // channels
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)sampleRate);            // sample rate
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(sampleRate * BytesPerSample)); // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], BytesPerSample);              // block align
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);                          // bits per sample
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], dataSize);
        return header;
    }

    private static double[] BuildSineTable()
    {
        // One extra entry so interpolation at the last index needs no wrap-around.
        var table = new double[TableSize + 1];
        const int quarter = TableSize / 4;
        for (var i = 0; i <= quarter; i++)
        {
            var value = Sine(Math.PI / 2 * i / quarter);
            table[i] = value;
            table[(TableSize / 2) - i] = value;
            table[(TableSize / 2) + i] = -value;
            table[TableSize - i] = -value;
        }

        return table;
    }

    private static double Sine(double x)
    {
        // Taylor series on [0, pi/2]: error below 1e-13, and only basic IEEE operations (bit-exact everywhere).
        var x2 = x * x;
        var term = x;
        var sum = x;
        for (var n = 1; n <= 9; n++)
        {
            term = -term * x2 / ((2 * n) * ((2 * n) + 1));
            sum += term;
        }

        return sum;
    }

    private static double Oscillator(ulong sampleIndex, ulong increment)
    {
        var phase = (uint)(sampleIndex * increment);
        var index = (int)(phase >> FractionBits);
        var fraction = (phase & ((1u << FractionBits) - 1)) * FractionScale;
        var a = SineTable[index];
        return a + ((SineTable[index + 1] - a) * fraction);
    }

    private short ComputeSample(long sampleIndex)
    {
        var n = (ulong)sampleIndex;
        var tone = (Amplitude0 * Oscillator(n, _increment0))
            + (Amplitude1 * Oscillator(n, _increment1))
            + (Amplitude2 * Oscillator(n, _increment2));

        var tremolo = 0.8 + (0.2 * Oscillator(n, _tremoloIncrement));

        var envelope = 1.0;
        var fromEnd = _sampleCount - 1 - sampleIndex;
        if (sampleIndex < _fadeSamples)
        {
            envelope = (double)sampleIndex / _fadeSamples;
        }

        if (fromEnd < _fadeSamples)
        {
            envelope = Math.Min(envelope, (double)fromEnd / _fadeSamples);
        }

        return (short)Math.Round(tone * tremolo * envelope * FullScale);
    }
}
