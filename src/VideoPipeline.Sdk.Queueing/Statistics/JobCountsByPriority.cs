namespace VideoPipeline.Sdk.Queueing;

/// <summary>A count of jobs in each priority lane.</summary>
public readonly record struct JobCountsByPriority
{
    /// <summary>Gets the count of urgent jobs.</summary>
    public long Urgent { get; init; }

    /// <summary>Gets the count of high-priority jobs.</summary>
    public long High { get; init; }

    /// <summary>Gets the count of medium-priority jobs.</summary>
    public long Medium { get; init; }

    /// <summary>Gets the count of low-priority jobs.</summary>
    public long Low { get; init; }

    /// <summary>Gets the count over every lane.</summary>
    public long Total => Urgent + High + Medium + Low;

    /// <summary>Gets the count of one lane.</summary>
    /// <param name="priority">The lane.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not defined.</exception>
    public long this[JobPriority priority] => priority switch
    {
        JobPriority.Urgent => Urgent,
        JobPriority.High => High,
        JobPriority.Medium => Medium,
        JobPriority.Low => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Priority must be Urgent, High, Medium or Low."),
    };
}
