using System.Globalization;
using System.Text;

namespace VideoPipeline.Sdk.Testing.Media;

/// <summary>
/// A YUV4MPEG2 (4:2:0, full-range JPEG chroma siting) video generated on demand: a seed-coloured
/// scrolling diagonal gradient with a vertical bar that moves every frame, so decoded video is animated.
/// </summary>
internal sealed class Y4mStream : GeneratedMediaStream
{
    /// <summary>The largest accepted width or height, in pixels.</summary>
    public const int MaxDimension = 16384;

    /// <summary>The lowest accepted frame rate, in frames per second.</summary>
    public const double MinFramesPerSecond = 0.001;

    /// <summary>The highest accepted frame rate, in frames per second.</summary>
    public const double MaxFramesPerSecond = 1_000_000;

    private static readonly byte[] FrameMarker = "FRAME\n"u8.ToArray();

    private readonly byte[] _header;
    private readonly int _width;
    private readonly int _chromaWidth;
    private readonly int _lumaSize;
    private readonly int _chromaSize;
    private readonly int _frameSize;

    // Pattern parameters.
    private readonly int _lumaStepX;
    private readonly int _lumaStepY;
    private readonly int _lumaOffset;
    private readonly int _chromaStepX;
    private readonly int _chromaStepY;
    private readonly int _baseU;
    private readonly int _baseV;
    private readonly int _barWidth;
    private readonly int _barStart;
    private readonly int _barSpeed;

    /// <summary>Initialises a Y4M stream with the given geometry, frame rate, duration and seed.</summary>
    /// <param name="width">The frame width in pixels, 1 to <see cref="MaxDimension"/>.</param>
    /// <param name="height">The frame height in pixels, 1 to <see cref="MaxDimension"/>.</param>
    /// <param name="framesPerSecond">The frame rate, <see cref="MinFramesPerSecond"/> to <see cref="MaxFramesPerSecond"/>.</param>
    /// <param name="duration">The video duration; greater than zero.</param>
    /// <param name="seed">The seed from which the colours and motion are derived.</param>
    public Y4mStream(int width, int height, double framesPerSecond, TimeSpan duration, ulong seed)
        : base(ComputeLength(width, height, framesPerSecond, duration))
    {
        _width = width;
        Height = height;
        _chromaWidth = (width + 1) / 2;
        _lumaSize = width * height;
        _chromaSize = _chromaWidth * ((height + 1) / 2);
        _frameSize = FrameMarker.Length + _lumaSize + (2 * _chromaSize);
        FrameCount = ComputeFrameCount(framesPerSecond, duration);
        (FrameRateNumerator, FrameRateDenominator) = ComputeFrameRate(framesPerSecond);

        _header = Encoding.ASCII.GetBytes(FormatHeader(width, height, FrameRateNumerator, FrameRateDenominator));

        // Luma gradient t = x * stepX + y * stepY spans [0, 2^16) over the frame, i.e. 0..255 after >> 8.
        _lumaStepX = 32768 / width;
        _lumaStepY = 32768 / height;
        _lumaOffset = SeedMixer.NextInt(seed, 20, 0, 256);
        _chromaStepX = 32768 / _chromaWidth;
        _chromaStepY = 32768 / ((height + 1) / 2);
        _baseU = SeedMixer.NextInt(seed, 21, 32, 160);
        _baseV = SeedMixer.NextInt(seed, 22, 32, 160);
        _barWidth = Math.Max(1, width / 10);
        _barStart = SeedMixer.NextInt(seed, 23, 0, width);
        _barSpeed = Math.Max(1, width / 48);
    }

    /// <summary>Gets the frame height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the frame width in pixels.</summary>
    public int Width => _width;

    /// <summary>Gets the number of frames in the stream.</summary>
    public long FrameCount { get; }

    /// <summary>Gets the numerator of the reduced frame-rate fraction written in the header.</summary>
    public int FrameRateNumerator { get; }

    /// <summary>Gets the denominator of the reduced frame-rate fraction written in the header.</summary>
    public int FrameRateDenominator { get; }

    /// <summary>Gets the length of the stream header, including its terminating line feed.</summary>
    public int HeaderLength => _header.Length;

    /// <summary>Gets the length of one frame: the <c>FRAME</c> line plus the Y, U and V planes.</summary>
    public int FrameLength => _frameSize;

    /// <inheritdoc />
    protected override void Fill(long position, Span<byte> destination)
    {
        if (position < _header.Length)
        {
            var headerBytes = (int)Math.Min(_header.Length - position, destination.Length);
            _header.AsSpan((int)position, headerBytes).CopyTo(destination);
            destination = destination[headerBytes..];
            position += headerBytes;
        }

        var frame = (position - _header.Length) / _frameSize;
        var offset = (int)((position - _header.Length) % _frameSize);
        while (!destination.IsEmpty)
        {
            var count = FillFrame(frame, offset, destination);
            destination = destination[count..];
            offset += count;
            if (offset == _frameSize)
            {
                frame++;
                offset = 0;
            }
        }
    }

    private static long ComputeLength(int width, int height, double framesPerSecond, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxDimension);
        var frames = ComputeFrameCount(framesPerSecond, duration);
        var (numerator, denominator) = ComputeFrameRate(framesPerSecond);

        var headerLength = FormatHeader(width, height, numerator, denominator).Length;
        var frameSize = FrameMarker.Length + ((long)width * height)
            + (2L * ((width + 1) / 2) * ((height + 1) / 2));

        if (frames > (long.MaxValue - headerLength) / frameSize)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The video would be longer than a stream can address.");
        }

        return headerLength + (frames * frameSize);
    }

    private static string FormatHeader(int width, int height, int numerator, int denominator) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"YUV4MPEG2 W{width} H{height} F{numerator}:{denominator} Ip A1:1 C420jpeg\n");

    private static long ComputeFrameCount(double framesPerSecond, TimeSpan duration)
    {
        ValidateFrameRate(framesPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);

        // At most ~9.2e11 s * 1e6 fps = 9.2e17 frames: always representable as a long.
        return (long)Math.Max(1.0, Math.Round(duration.TotalSeconds * framesPerSecond, MidpointRounding.AwayFromZero));
    }

    private static (int Numerator, int Denominator) ComputeFrameRate(double framesPerSecond)
    {
        ValidateFrameRate(framesPerSecond);
        if (framesPerSecond == Math.Floor(framesPerSecond))
        {
            return ((int)framesPerSecond, 1);
        }

        var numerator = (long)Math.Round(framesPerSecond * 1000, MidpointRounding.AwayFromZero);
        var denominator = 1000L;
        var divisor = GreatestCommonDivisor(numerator, denominator);
        return ((int)(numerator / divisor), (int)(denominator / divisor));
    }

    private static void ValidateFrameRate(double framesPerSecond)
    {
        if (!double.IsFinite(framesPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(framesPerSecond), framesPerSecond, "The frame rate must be a finite number.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(framesPerSecond, MinFramesPerSecond);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(framesPerSecond, MaxFramesPerSecond);
    }

    private static long GreatestCommonDivisor(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Writes bytes of one frame from <paramref name="offset"/> until the end of the current section.</summary>
    private int FillFrame(long frame, int offset, Span<byte> destination)
    {
        if (offset < FrameMarker.Length)
        {
            var count = Math.Min(FrameMarker.Length - offset, destination.Length);
            FrameMarker.AsSpan(offset, count).CopyTo(destination);
            return count;
        }

        offset -= FrameMarker.Length;
        var barX = (int)((_barStart + (frame * _barSpeed)) % _width);
        if (offset < _lumaSize)
        {
            return FillLuma(frame, barX, offset, destination);
        }

        offset -= _lumaSize;
        if (offset < _chromaSize)
        {
            return FillChroma(_baseU, _chromaStepX, 0, barX, offset, destination);
        }

        return FillChroma(_baseV, 0, _chromaStepY, barX, offset - _chromaSize, destination);
    }

    /// <summary>Writes luma samples from <paramref name="offset"/> up to the end of that row.</summary>
    private int FillLuma(long frame, int barX, int offset, Span<byte> destination)
    {
        var y = offset / _width;
        var x = offset % _width;
        var count = Math.Min(_width - x, destination.Length);

        // The gradient scrolls by three levels per frame, so every pixel changes from one frame to the next.
        var shift = (int)((_lumaOffset + (frame * 3)) & 0xFF);
        var rowT = y * _lumaStepY;
        for (var i = 0; i < count; i++, x++)
        {
            var value = (((rowT + (x * _lumaStepX)) >> 8) + shift) & 0xFF;
            destination[i] = (byte)(InBar(x, barX) ? value ^ 0x80 : value);
        }

        return count;
    }

    /// <summary>Writes chroma samples of one plane from <paramref name="offset"/> up to the end of that row.</summary>
    private int FillChroma(int baseValue, int stepX, int stepY, int barX, int offset, Span<byte> destination)
    {
        var y = offset / _chromaWidth;
        var x = offset % _chromaWidth;
        var count = Math.Min(_chromaWidth - x, destination.Length);
        var rowT = y * stepY;
        for (var i = 0; i < count; i++, x++)
        {
            // A gentle gradient (up to +95) around the seed colour; the bar takes the complementary hue.
            var value = baseValue + (((rowT + (x * stepX)) * 3) >> 10);
            destination[i] = (byte)(InBar(2 * x, barX) || InBar((2 * x) + 1, barX) ? 255 - value : value);
        }

        return count;
    }

    private bool InBar(int x, int barX)
    {
        var distance = x - barX;
        if (distance < 0)
        {
            distance += _width;
        }

        return distance < _barWidth;
    }
}
