namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// One budget jobs are admitted against, with the ready jobs that wait for it in priority lanes. A job that waits here is
/// not considered again until the budget has room for it, so a blocked job costs nothing while it waits. Guarded by the
/// scheduler's lock.
/// </summary>
internal abstract class Budget(BudgetKind kind, string? name)
{
    public BudgetKind Kind { get; } = kind;

    public string? Name { get; } = name;

    /// <summary>Gets the jobs waiting for room in this budget.</summary>
    public JobLanes Waiting { get; } = new();

    /// <summary>Determines whether the job fits now.</summary>
    public abstract bool Fits(JobEntry entry, long nowTicks);

    public abstract void Acquire(JobEntry entry, long nowTicks);

    public abstract void Release(JobEntry entry, long nowTicks);

    public abstract BudgetUtilization GetUtilization(long nowTicks);
}
