namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// The handler of one job type, resolved once: payload type, single or batch, batch options, and the type's concurrency
/// budget. Its subclasses call the handler without reflection or boxing beyond the payload cast.
/// </summary>
internal abstract class JobHandlerDescriptor(string jobType, Type payloadType, JobBatchOptions? batchOptions)
{
    /// <summary>Gets the job type.</summary>
    public string JobType { get; } = jobType;

    /// <summary>Gets the payload type the handler takes.</summary>
    public Type PayloadType { get; } = payloadType;

    /// <summary>Gets the batch options, or <see langword="null"/> for a single-job handler.</summary>
    public JobBatchOptions? BatchOptions { get; } = batchOptions;

    /// <summary>Gets a value indicating whether the handler takes batches.</summary>
    public bool IsBatch => BatchOptions is not null;

    /// <summary>Gets or sets the type's concurrency budget, or <see langword="null"/> when only the global one applies.</summary>
    public SlotBudget? TypeBudget { get; set; }

    /// <summary>Determines whether a payload of the given static type fits the handler.</summary>
    public bool Accepts(Type payloadType) => PayloadType.IsAssignableFrom(payloadType);

    /// <summary>Runs one job.</summary>
    public abstract ValueTask<object?> InvokeAsync(JobEntry entry, CancellationToken cancellationToken);

    /// <summary>Runs a batch.</summary>
    public abstract ValueTask<IReadOnlyList<JobItemResult>> InvokeBatchAsync(IReadOnlyList<JobEntry> entries, CancellationToken cancellationToken);
}
