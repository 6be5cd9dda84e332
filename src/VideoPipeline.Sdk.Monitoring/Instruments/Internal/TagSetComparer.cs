namespace VideoPipeline.Sdk.Monitoring.Instruments.Internal;

/// <summary>
/// Compares tag sets, and looks one up by the tags of a measurement without copying them (an alternate key of the series
/// dictionary), so recording into an existing series allocates nothing.
/// </summary>
internal sealed class TagSetComparer : IEqualityComparer<TagSet>, IAlternateEqualityComparer<ReadOnlySpan<KeyValuePair<string, object?>>, TagSet>
{
    public static readonly TagSetComparer Instance = new();

    /// <summary>Hashes tags independently of their order: the sum of each tag's hash.</summary>
    public static int Hash(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var hash = tags.Length;
        foreach (var tag in tags)
        {
            hash += System.HashCode.Combine(StringComparer.Ordinal.GetHashCode(tag.Key), tag.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }

    public bool Equals(TagSet? x, TagSet? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.HashCode == y.HashCode && Equals(x.Recorded, y));

    public int GetHashCode(TagSet obj) => obj.HashCode;

    public bool Equals(ReadOnlySpan<KeyValuePair<string, object?>> alternate, TagSet other)
    {
        if (alternate.Length != other.Recorded.Length)
        {
            return false;
        }

        foreach (var tag in alternate)
        {
            if (!Contains(other.Recorded, tag))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<KeyValuePair<string, object?>> alternate) => Hash(alternate);

    public TagSet Create(ReadOnlySpan<KeyValuePair<string, object?>> alternate) => new(alternate);

    private static bool Contains(KeyValuePair<string, object?>[] tags, KeyValuePair<string, object?> wanted)
    {
        foreach (var tag in tags)
        {
            if (string.Equals(tag.Key, wanted.Key, StringComparison.Ordinal))
            {
                return Equals(tag.Value, wanted.Value);
            }
        }

        return false;
    }
}
