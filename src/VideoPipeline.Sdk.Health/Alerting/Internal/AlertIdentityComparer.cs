namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Compares alerts by identity: name, component and labels, ordinal, whatever the labels' order. Severity, status, texts
/// and timestamp are not part of it, so every alert raised for one condition finds the same entry without allocating.
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

        if (x is null || y is null
            || !string.Equals(x.Name, y.Name, StringComparison.Ordinal)
            || !string.Equals(x.Component, y.Component, StringComparison.Ordinal)
            || x.Labels.Count != y.Labels.Count)
        {
            return false;
        }

        foreach (var (key, value) in x.Labels)
        {
            if (!y.Labels.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(Alert obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Name), StringComparer.Ordinal.GetHashCode(obj.Component));
        if (obj.Labels.Count == 0)
        {
            return hash;
        }

        // A sum does not depend on the order the labels are enumerated in.
        var labels = 0;
        foreach (var (key, value) in obj.Labels)
        {
            labels += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));
        }

        return HashCode.Combine(hash, labels);
    }
}
