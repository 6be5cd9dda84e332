using System.Diagnostics.CodeAnalysis;

namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// Identifies a job. A version-7 UUID: ordered by creation time, unique across hosts, created without a round trip to the
/// job store, so a whole graph can be named before it is stored.
/// </summary>
public readonly struct JobId : IEquatable<JobId>, IComparable<JobId>, ISpanFormattable
{
    /// <summary>Initializes a new instance of the <see cref="JobId"/> struct from a stored value.</summary>
    /// <param name="value">The UUID.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public JobId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("A job id cannot be the empty UUID.", nameof(value));
        }

        Value = value;
    }

    /// <summary>Gets the UUID; <see cref="Guid.Empty"/> for <c>default(JobId)</c>, which names no job.</summary>
    public Guid Value { get; }

    /// <summary>Determines whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(JobId left, JobId right) => left.Equals(right);

    /// <summary>Determines whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(JobId left, JobId right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> was created before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(JobId left, JobId right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> was created after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(JobId left, JobId right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(JobId left, JobId right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(JobId left, JobId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses the text form written by <see cref="ToString()"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a UUID, or is the empty UUID.</exception>
    public static JobId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a job id (a non-empty UUID).");
    }

    /// <summary>Tries to parse the text form written by <see cref="ToString()"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty UUID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JobId id)
    {
        if (Guid.TryParse(text, out var value) && value != Guid.Empty)
        {
            id = new JobId(value);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(JobId other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JobId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(JobId other) => Value.CompareTo(other.Value);

    /// <summary>Returns the UUID in its 36-character form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("D");

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format ?? "D", formatProvider);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Value.TryFormat(destination, out charsWritten, format.IsEmpty ? "D" : format);
}
