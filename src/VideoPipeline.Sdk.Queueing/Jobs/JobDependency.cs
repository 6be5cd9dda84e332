namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// An edge from a job to a job it waits for: either a job already enqueued (by <see cref="JobId"/>) or, inside a
/// <see cref="JobGraph"/>, another node of the same graph (by name). Converts implicitly from both.
/// </summary>
public readonly struct JobDependency : IEquatable<JobDependency>
{
    /// <summary>Initializes a new instance of the <see cref="JobDependency"/> struct on a job already enqueued.</summary>
    /// <param name="jobId">The job to wait for.</param>
    /// <param name="onFailure">What happens when that job does not succeed.</param>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onFailure"/> is not defined.</exception>
    public JobDependency(JobId jobId, DependencyFailureBehavior onFailure)
    {
        if (jobId == default)
        {
            throw new ArgumentException("A dependency needs a job id; default(JobId) names no job.", nameof(jobId));
        }

        ValidateBehavior(onFailure);
        JobId = jobId;
        OnFailure = onFailure;
    }

    /// <summary>Initializes a new instance of the <see cref="JobDependency"/> struct on another node of the same graph.</summary>
    /// <param name="nodeName">The name of the node, as given to <see cref="JobGraph.Add{TPayload}"/>.</param>
    /// <param name="onFailure">What happens when that node does not succeed.</param>
    /// <exception cref="ArgumentException"><paramref name="nodeName"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onFailure"/> is not defined.</exception>
    public JobDependency(string nodeName, DependencyFailureBehavior onFailure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeName);
        ValidateBehavior(onFailure);
        NodeName = nodeName;
        OnFailure = onFailure;
    }

    /// <summary>Gets the job waited for, or <c>default</c> when the dependency names a graph node.</summary>
    public JobId JobId { get; }

    /// <summary>Gets the graph node waited for, or <see langword="null"/> when the dependency names a job id.</summary>
    public string? NodeName { get; }

    /// <summary>Gets what happens when the dependency does not succeed.</summary>
    /// <value>The default is <see cref="DependencyFailureBehavior.CancelDependent"/>.</value>
    public DependencyFailureBehavior OnFailure { get; }

    /// <summary>Creates a dependency on a job already enqueued, cancelling the dependent if it does not succeed.</summary>
    /// <param name="jobId">The job to wait for.</param>
    public static implicit operator JobDependency(JobId jobId) => new(jobId, DependencyFailureBehavior.CancelDependent);

    /// <summary>Creates a dependency on a node of the same graph, cancelling the dependent if it does not succeed.</summary>
    /// <param name="nodeName">The name of the node.</param>
    public static implicit operator JobDependency(string nodeName) => new(nodeName, DependencyFailureBehavior.CancelDependent);

    /// <summary>Determines whether two dependencies are equal.</summary>
    /// <param name="left">The first dependency.</param>
    /// <param name="right">The second dependency.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(JobDependency left, JobDependency right) => left.Equals(right);

    /// <summary>Determines whether two dependencies differ.</summary>
    /// <param name="left">The first dependency.</param>
    /// <param name="right">The second dependency.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(JobDependency left, JobDependency right) => !left.Equals(right);

    /// <summary>Creates a dependency on a job already enqueued.</summary>
    /// <param name="jobId">The job to wait for.</param>
    /// <returns>The dependency.</returns>
    public static JobDependency FromJobId(JobId jobId) => new(jobId, DependencyFailureBehavior.CancelDependent);

    /// <summary>Creates a dependency on a node of the same graph.</summary>
    /// <param name="nodeName">The name of the node.</param>
    /// <returns>The dependency.</returns>
    public static JobDependency FromString(string nodeName) => new(nodeName, DependencyFailureBehavior.CancelDependent);

    /// <summary>Returns the same edge with the dependent running even when the dependency does not succeed.</summary>
    /// <returns>The dependency with <see cref="DependencyFailureBehavior.RunAnyway"/>.</returns>
    public JobDependency RunAnyway() =>
        NodeName is null ? new JobDependency(JobId, DependencyFailureBehavior.RunAnyway) : new JobDependency(NodeName, DependencyFailureBehavior.RunAnyway);

    /// <inheritdoc/>
    public bool Equals(JobDependency other) =>
        JobId == other.JobId && string.Equals(NodeName, other.NodeName, StringComparison.Ordinal) && OnFailure == other.OnFailure;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JobDependency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(JobId, NodeName, OnFailure);

    /// <inheritdoc/>
    public override string ToString() => NodeName is null ? JobId.ToString() : $"'{NodeName}'";

    private static void ValidateBehavior(DependencyFailureBehavior onFailure)
    {
        if (!Enum.IsDefined(onFailure))
        {
            throw new ArgumentOutOfRangeException(nameof(onFailure), onFailure, "OnFailure must be CancelDependent or RunAnyway.");
        }
    }
}
