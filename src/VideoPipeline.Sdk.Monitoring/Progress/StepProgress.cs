namespace VideoPipeline.Sdk.Monitoring;

/// <summary>An immutable view of one step of a tracked job, with its sub-steps, taken with its <see cref="JobProgress"/>.</summary>
public sealed record StepProgress
{
    /// <summary>Gets the step's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the step's type, which selects its duration prior.</summary>
    public required string StepType { get; init; }

    /// <summary>Gets the step's weight among its siblings.</summary>
    public double Weight { get; init; }

    /// <summary>Gets the step's status.</summary>
    public ProgressStatus Status { get; init; }

    /// <summary>
    /// Gets how much of the step is done, from 0 to 1: its own reports, or the weighted mean of its sub-steps' fractions when
    /// that is higher. 1 once it succeeded. It never decreases from one snapshot to the next.
    /// </summary>
    public double Fraction { get; init; }

    /// <summary>Gets when the step started, or <see langword="null"/> while it is pending (or when it finished without starting).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when the step reached a final status, or <see langword="null"/> while it is not final.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets how long the step has run: until now while it runs, until it finished once it is final, zero when it never started.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets the money spent on the step and its sub-steps so far.</summary>
    public Money Cost { get; init; }

    /// <summary>Gets the CPU time reported for the step and its sub-steps so far.</summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>Gets the highest memory use, in bytes, reported for the step or one of its sub-steps; 0 when none was reported.</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>Gets why the step failed, or <see langword="null"/> when it did not.</summary>
    public ProgressError? Error { get; init; }

    /// <summary>Gets the step's sub-steps, in the order they were added.</summary>
    public IReadOnlyList<StepProgress> SubSteps { get; init; } = [];
}
