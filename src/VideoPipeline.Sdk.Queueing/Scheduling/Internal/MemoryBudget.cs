namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>Megabytes declared by running jobs.</summary>
internal sealed class MemoryBudget(long limitMegabytes) : Budget(BudgetKind.Memory, name: null)
{
    public long Limit { get; } = limitMegabytes;

    public long InUse { get; private set; }

    public override bool Fits(JobEntry entry, long nowTicks) => InUse + BatchDemand.MemoryMegabytes(entry) <= Limit;

    public override void Acquire(JobEntry entry, long nowTicks) => InUse += BatchDemand.MemoryMegabytes(entry);

    public override void Release(JobEntry entry, long nowTicks) => InUse -= BatchDemand.MemoryMegabytes(entry);

    public override BudgetUtilization GetUtilization(long nowTicks) =>
        new() { Kind = Kind, InUse = InUse, Limit = Limit, Waiting = Waiting.Count };
}
