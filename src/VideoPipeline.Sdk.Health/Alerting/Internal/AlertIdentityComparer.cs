using System.Collections.Immutable;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Compares alerts by identity: name, component and labels, ordinal, whatever the labels' order. Severity, status, texts
/// and timestamp are not part of it, so every alert raised for one condition finds the same entry. The usual label
/// dictionaries are enumerated through their struct enumerators, so a lookup does not allocate.
/// </summary>
internal sealed class AlertIdentityComparer : IEqualityComparer<Alert>
{
    public static readonly AlertIdentityComparer Instance = new();

    private AlertIdentityComparer()
    {
    }

    public bool Equals(Alert? x, Alert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null
            && string.Equals(x.Name, y.Name, StringComparison.Ordinal)
            && string.Equals(x.Component, y.Component, StringComparison.Ordinal)
            && x.Labels.Count == y.Labels.Count
            && (ReferenceEquals(x.Labels, y.Labels) || HasAll(y.Labels, x.Labels));
    }

    public int GetHashCode(Alert obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Name), StringComparer.Ordinal.GetHashCode(obj.Component));
        return obj.Labels.Count == 0 ? hash : HashCode.Combine(hash, LabelsHash(obj.Labels));
    }

    /// <summary>Gets a hash of the labels that does not depend on the order they are enumerated in: a sum.</summary>
    private static int LabelsHash(IReadOnlyDictionary<string, string> labels)
    {
        var sum = 0;
        switch (labels)
        {
            case ImmutableDictionary<string, string> immutable:
                foreach (var (key, value) in immutable)
                {
                    sum += PairHash(key, value);
                }

                break;
            case Dictionary<string, string> dictionary:
                foreach (var (key, value) in dictionary)
                {
                    sum += PairHash(key, value);
                }

                break;
            default:
                foreach (var (key, value) in labels)
                {
                    sum += PairHash(key, value);
                }

                break;
        }

        return sum;
    }

    private static int PairHash(string key, string value) =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));

    /// <summary>Gets whether <paramref name="labels"/> holds every label of <paramref name="required"/> with the same value.</summary>
    private static bool HasAll(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> required)
    {
        switch (required)
        {
            case ImmutableDictionary<string, string> immutable:
                foreach (var (key, value) in immutable)
                {
                    if (!Holds(labels, key, value))
                    {
                        return false;
                    }
                }

                return true;
            case Dictionary<string, string> dictionary:
                foreach (var (key, value) in dictionary)
                {
                    if (!Holds(labels, key, value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                foreach (var (key, value) in required)
                {
                    if (!Holds(labels, key, value))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    private static bool Holds(IReadOnlyDictionary<string, string> labels, string key, string value) =>
        labels.TryGetValue(key, out var other) && string.Equals(value, other, StringComparison.Ordinal);
}
