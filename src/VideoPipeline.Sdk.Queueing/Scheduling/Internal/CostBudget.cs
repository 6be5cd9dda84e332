namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// US dollars of attempts started within the last hour: a sliding window of charges, each the attempt's estimate until its
/// handler reports the actual cost.
/// </summary>
internal sealed class CostBudget(decimal limitUsd) : Budget(BudgetKind.CostPerHour, name: null)
{
    public static readonly long WindowTicks = TimeSpan.TicksPerHour;

    private readonly Queue<CostCharge> _window = new();

    public decimal Limit { get; } = limitUsd;

    public decimal InUse { get; private set; }

    /// <summary>Gets when the oldest charge leaves the window, in UTC ticks, or <see cref="long.MaxValue"/>.</summary>
    public long NextExpiryTicks => _window.TryPeek(out var oldest) ? oldest.StartedTicks + WindowTicks : long.MaxValue;

    public override bool Fits(JobEntry entry, long nowTicks)
    {
        Expire(nowTicks);
        return InUse + BatchDemand.EstimatedCostUsd(entry) <= Limit;
    }

    public override void Acquire(JobEntry entry, long nowTicks)
    {
        var charge = new CostCharge(nowTicks, BatchDemand.EstimatedCostUsd(entry));
        _window.Enqueue(charge);
        InUse += charge.Amount;
        entry.Charge = charge;
    }

    /// <summary>Replaces the estimate of a finished attempt with the cost its handler reported, while it is in the window.</summary>
    public override void Release(JobEntry entry, long nowTicks)
    {
        var charge = entry.Charge;
        entry.Charge = null;
        if (BatchDemand.ReportedCostUsd(entry) is not { } actual)
        {
            return;
        }

        if (charge is null)
        {
            // A job with no estimate that reported a cost: count it from its start.
            var late = new CostCharge(entry.StartedTicks, actual);
            _window.Enqueue(late);
            InUse += actual;
            return;
        }

        if (!charge.Expired)
        {
            InUse += actual - charge.Amount;
        }

        charge.Amount = actual;
    }

    public override BudgetUtilization GetUtilization(long nowTicks)
    {
        Expire(nowTicks);
        return new() { Kind = Kind, InUse = (double)InUse, Limit = (double)Limit, Waiting = Waiting.Count };
    }

    private void Expire(long nowTicks)
    {
        while (_window.TryPeek(out var oldest) && oldest.StartedTicks + WindowTicks <= nowTicks)
        {
            _window.Dequeue();
            oldest.Expired = true;
            InUse -= oldest.Amount;
        }
    }
}
