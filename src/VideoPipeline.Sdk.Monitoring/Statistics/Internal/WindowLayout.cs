namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>The configured snapshot windows, shortest first, and the length of one slot of each (one sixth of the window)
/// in <see cref="TimeProvider"/> timestamp ticks. Shared by every series of a monitor.</summary>
internal sealed class WindowLayout
{
    public WindowLayout(IEnumerable<TimeSpan> windows, TimeProvider timeProvider)
    {
        Windows = [.. windows.Distinct().Order()];
        SlotTicks = [.. Windows.Select(window =>
            Math.Max(1, (long)(window.TotalSeconds * timeProvider.TimestampFrequency / WindowedDistribution.SlotsPerWindow)))];
    }

    public TimeSpan[] Windows { get; }

    public long[] SlotTicks { get; }

    /// <summary>Gets the slot length of the shortest window, which every measurement is first recorded in.</summary>
    public long FineSlotTicks => SlotTicks[0];
}
