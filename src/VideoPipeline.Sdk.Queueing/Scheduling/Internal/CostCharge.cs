namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The money one attempt counts in the money-per-hour window: its estimate from its start, then its actual cost.</summary>
internal sealed class CostCharge(long startedTicks, decimal amount)
{
    public long StartedTicks { get; } = startedTicks;

    public decimal Amount { get; set; } = amount;

    /// <summary>Gets or sets a value indicating whether the charge has left the window.</summary>
    public bool Expired { get; set; }
}
