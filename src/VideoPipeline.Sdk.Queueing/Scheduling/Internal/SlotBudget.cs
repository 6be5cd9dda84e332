namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>A count of slots: jobs of one type running at once, or connections of a named pool in use.</summary>
internal sealed class SlotBudget(BudgetKind kind, string? name, int limit) : Budget(kind, name)
{
    public int Limit { get; } = limit;

    public int InUse { get; private set; }

    public override bool Fits(JobEntry entry, long nowTicks) => InUse < Limit;

    public override void Acquire(JobEntry entry, long nowTicks) => InUse++;

    public override void Release(JobEntry entry, long nowTicks) => InUse--;

    public override BudgetUtilization GetUtilization(long nowTicks) =>
        new() { Kind = Kind, Name = Name, InUse = InUse, Limit = Limit, Waiting = Waiting.Count };
}
