namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// US dollars of attempts started within the last hour: a sliding window of 3,600 one-second buckets, so the window costs
/// the same memory at one job an hour or a million a second. An attempt counts its estimate in the bucket of its start;
/// when its handler reports the actual cost, the difference goes to the same bucket while it is still in the window.
/// </summary>
internal sealed class CostBudget(decimal limitUsd) : Budget(BudgetKind.CostPerHour, name: null)
{
    private const int BucketCount = 3_600;
    private static readonly long BucketTicks = TimeSpan.TicksPerHour / BucketCount;

    private readonly decimal[] _amounts = new decimal[BucketCount];
    private readonly long[] _starts = new long[BucketCount];
    private long _oldestStart = long.MaxValue;

    public decimal Limit { get; } = limitUsd;

    public decimal InUse { get; private set; }

    /// <summary>Gets when the oldest counted bucket leaves the window, in UTC ticks, or <see cref="long.MaxValue"/>.</summary>
    public long NextExpiryTicks => _oldestStart == long.MaxValue ? long.MaxValue : _oldestStart + TimeSpan.TicksPerHour;

    public override bool Fits(JobEntry entry, long nowTicks)
    {
        Expire(nowTicks);
        return InUse + BatchDemand.EstimatedCostUsd(entry) <= Limit;
    }

    public override void Acquire(JobEntry entry, long nowTicks) => Charge(nowTicks, BatchDemand.EstimatedCostUsd(entry), nowTicks);

    /// <summary>Replaces the estimate of a finished attempt with the cost its handler reported, while its bucket is in the window.</summary>
    public override void Release(JobEntry entry, long nowTicks)
    {
        if (entry.Details is null || BatchDemand.ReportedCostUsd(entry) is not { } actual)
        {
            return;
        }

        Charge(entry.StartedTicks, actual - BatchDemand.EstimatedCostUsd(entry), nowTicks);
    }

    public override BudgetUtilization GetUtilization(long nowTicks)
    {
        Expire(nowTicks);
        return new() { Kind = Kind, InUse = (double)InUse, Limit = (double)Limit, Waiting = Waiting.Count };
    }

    private void Charge(long startedTicks, decimal amount, long nowTicks)
    {
        if (amount == 0 || startedTicks <= nowTicks - TimeSpan.TicksPerHour)
        {
            return;
        }

        Expire(nowTicks);
        var bucketStart = startedTicks - (startedTicks % BucketTicks);
        var index = (int)((startedTicks / BucketTicks) % BucketCount);
        if (_starts[index] != bucketStart)
        {
            InUse -= _amounts[index];
            _amounts[index] = 0;
            _starts[index] = bucketStart;
        }

        _amounts[index] += amount;
        InUse += amount;
        _oldestStart = Math.Min(_oldestStart, bucketStart);
    }

    /// <summary>Drops the buckets that started an hour or more ago.</summary>
    private void Expire(long nowTicks)
    {
        var cutoff = nowTicks - TimeSpan.TicksPerHour;
        if (_oldestStart > cutoff)
        {
            return;
        }

        var oldest = long.MaxValue;
        for (var i = 0; i < BucketCount; i++)
        {
            if (_amounts[i] == 0)
            {
                continue;
            }

            if (_starts[i] <= cutoff)
            {
                InUse -= _amounts[i];
                _amounts[i] = 0;
            }
            else
            {
                oldest = Math.Min(oldest, _starts[i]);
            }
        }

        _oldestStart = oldest;
        if (oldest == long.MaxValue)
        {
            InUse = 0;
        }
    }
}
