namespace VideoPipeline.Sdk.Queueing;

/// <summary>A dependency of a running job: which job it was, how it ended and what it returned.</summary>
public readonly record struct JobDependencyResult
{
    /// <summary>Gets the dependency's id.</summary>
    public required JobId JobId { get; init; }

    /// <summary>Gets the dependency's job type.</summary>
    public required string JobType { get; init; }

    /// <summary>Gets the dependency's final state: <see cref="JobState.Succeeded"/>, or another final state for an edge that
    /// says <see cref="DependencyFailureBehavior.RunAnyway"/>.</summary>
    public required JobState State { get; init; }

    /// <summary>Gets what the dependency returned, or <see langword="null"/>.</summary>
    public required object? Output { get; init; }
}
