namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Alerts notified together: those with the same name and the same values of <see cref="AlertingOptions.GroupBy"/>. Read
/// and written only under the router's lock.
/// </summary>
internal sealed class AlertGroup(string key, string name, IReadOnlyDictionary<string, string> labels)
{
    public string Key { get; } = key;

    public string Name { get; } = name;

    /// <summary>Gets the group-by labels (the <see cref="AlertingOptions.GroupBy"/> entries that name labels) and their values.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; } = labels;

    public HashSet<TrackedAlert> Members { get; } = [];

    public DateTimeOffset? LastFlush { get; set; }

    /// <summary>Gets or sets when the group is next notified; <see langword="null"/> while no member needs notifying.</summary>
    public DateTimeOffset? NextFlush { get; set; }

    /// <summary>Gets or sets whether the group has no members left and was dropped, so queued flushes for it are stale.</summary>
    public bool Removed { get; set; }
}
