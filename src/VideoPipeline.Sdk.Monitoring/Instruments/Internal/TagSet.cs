using System.Globalization;

namespace VideoPipeline.Sdk.Monitoring.Instruments.Internal;

/// <summary>
/// The tags of one aggregated series: the values as recorded (for lookups) and as text (for snapshots). Equality ignores
/// the order of the tags, as OpenTelemetry does, so a series is the same whatever order the recording site passes them in.
/// </summary>
internal sealed class TagSet
{
    public TagSet(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Recorded = tags.ToArray();
        Text = [.. Recorded.Select(tag => new KeyValuePair<string, string>(tag.Key, Format(tag.Value)))];
        HashCode = TagSetComparer.Hash(tags);
    }

    public KeyValuePair<string, object?>[] Recorded { get; }

    public KeyValuePair<string, string>[] Text { get; }

    public int HashCode { get; }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
