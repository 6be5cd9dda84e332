namespace VideoPipeline.Sdk.Monitoring;

/// <summary>The measurements of one tag set of an aggregated instrument.</summary>
/// <param name="Tags">The tags, with values as text.</param>
/// <param name="Total">The running figure: see <see cref="InstrumentKind"/> for what it means per kind.</param>
/// <param name="Windows">The measured values over each configured window, shortest first (empty for gauges).</param>
public sealed record SeriesStatistics(IReadOnlyList<KeyValuePair<string, string>> Tags, double Total, IReadOnlyList<WindowStatistics> Windows)
{
    /// <summary>Gets the value of a tag, or <see langword="null"/> when the series does not have it.</summary>
    /// <param name="key">The tag's key.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    public string? GetTag(string key)
    {
        foreach (var tag in Tags)
        {
            if (string.Equals(tag.Key, key, StringComparison.Ordinal))
            {
                return tag.Value;
            }
        }

        return null;
    }
}
