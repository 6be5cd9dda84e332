using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// The shape of a frame as width to height in whole numbers, written <c>16:9</c>. Ratios are kept and compared as written:
/// <c>21:9</c> stays <c>21:9</c>, and <c>32:18</c> is not equal to <c>16:9</c>.
/// </summary>
/// <remarks>The default value (<c>0:0</c>) is not a valid ratio; templates reject it.</remarks>
public readonly struct AspectRatio : IEquatable<AspectRatio>
{
    /// <summary>The largest term of a ratio.</summary>
    public const int MaxTerm = 100;

    /// <summary>Initializes a new instance of the <see cref="AspectRatio"/> struct.</summary>
    /// <param name="width">The width term, from 1 to <see cref="MaxTerm"/>.</param>
    /// <param name="height">The height term, from 1 to <see cref="MaxTerm"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A term is outside 1 to <see cref="MaxTerm"/>.</exception>
    public AspectRatio(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxTerm);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxTerm);
        Width = width;
        Height = height;
    }

    /// <summary>Gets the width term (<c>16</c> in <c>16:9</c>).</summary>
    public int Width { get; }

    /// <summary>Gets the height term (<c>9</c> in <c>16:9</c>).</summary>
    public int Height { get; }

    /// <summary>Gets a value indicating whether this is the default value, <c>0:0</c>, which is not a valid ratio.</summary>
    public bool IsDefault => Width == 0;

    /// <summary>Returns whether two ratios are written the same.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when both terms are equal.</returns>
    public static bool operator ==(AspectRatio left, AspectRatio right) => left.Equals(right);

    /// <summary>Returns whether two ratios are written differently.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when a term differs.</returns>
    public static bool operator !=(AspectRatio left, AspectRatio right) => !left.Equals(right);

    /// <summary>Parses a ratio written <c>width:height</c>, such as <c>16:9</c>; white space around the terms is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not two whole numbers from 1 to 100 separated by a colon.</exception>
    public static AspectRatio Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var ratio)
            ? ratio
            : throw new FormatException($"'{text}' is not an aspect ratio; it must be two whole numbers from 1 to {MaxTerm} separated by a colon, such as 16:9.");
    }

    /// <summary>Tries to parse a ratio written <c>width:height</c>, such as <c>16:9</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="ratio">The ratio, or the default value when the text is not one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is two whole numbers from 1 to 100 separated by a colon.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AspectRatio ratio)
    {
        ratio = default;
        var span = text.AsSpan();
        var colon = span.IndexOf(':');
        if (colon < 0
            || !int.TryParse(span[..colon], NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(span[(colon + 1)..], NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var height)
            || width is < 1 or > MaxTerm
            || height is < 1 or > MaxTerm)
        {
            return false;
        }

        ratio = new AspectRatio(width, height);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(AspectRatio other) => Width == other.Width && Height == other.Height;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AspectRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Width, Height);

    /// <summary>Returns the ratio as written, such as <c>16:9</c>.</summary>
    /// <returns>The ratio.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}:{Height}");
}
