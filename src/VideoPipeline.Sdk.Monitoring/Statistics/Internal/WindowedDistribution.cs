namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// One series' measurements over the configured windows (for example 1 minute, 5 minutes, 1 hour), in bounded memory:
/// each window is a ring of <see cref="SlotsPerWindow"/> slots, each slot a fixed-layout histogram with its error count
/// and sum, so a window slides in steps of one sixth of its length. Recording is lock-free (one interlocked increment per
/// window); only the first measurement of a new slot takes the lock, to reset the slot it reuses.
/// </summary>
/// <remarks>
/// A measurement that races with the reset of its slot may be counted in the new slot instead of the old one; a reader
/// that races with writers sees a count that is at most the in-flight measurements behind. Both are within what a
/// dashboard needs and avoid a lock on the hot path.
/// </remarks>
internal sealed class WindowedDistribution
{
    public const int SlotsPerWindow = 6;

    private readonly WindowLayout _layout;
    private readonly Slot[] _slots;
    private readonly Lock _rotation = new();
    private long _totalCount;
    private long _totalErrors;

    public WindowedDistribution(WindowLayout layout)
    {
        _layout = layout;
        _slots = new Slot[layout.Windows.Length * SlotsPerWindow];
        for (var index = 0; index < _slots.Length; index++)
        {
            _slots[index] = new Slot();
        }
    }

    public long TotalCount => Volatile.Read(ref _totalCount);

    public long TotalErrors => Volatile.Read(ref _totalErrors);

    public void Record(long timestamp, double value, bool error)
    {
        var bucket = LogHistogram.BucketOf(value);
        var slotTicks = _layout.SlotTicks;
        for (var window = 0; window < slotTicks.Length; window++)
        {
            var epoch = timestamp / slotTicks[window];
            var slot = _slots[(window * SlotsPerWindow) + (int)(epoch % SlotsPerWindow)];
            var slotEpoch = Volatile.Read(ref slot.Epoch);
            if (slotEpoch > epoch)
            {
                // Stamped a whole ring ago (its writer paused between the clock and here): it is outside this window
                // already, and resetting the slot to its epoch would wipe the newer measurements in it.
                continue;
            }

            if (slotEpoch != epoch)
            {
                Rotate(slot, epoch);
            }

            Interlocked.Increment(ref slot.Counts![bucket]);
            if (error)
            {
                Interlocked.Increment(ref slot.Errors);
            }

            AtomicDouble.Add(ref slot.Sum, value);
        }

        Interlocked.Increment(ref _totalCount);
        if (error)
        {
            Interlocked.Increment(ref _totalErrors);
        }
    }

    /// <summary>Adds the slots of one window that are inside it at <paramref name="timestamp"/> to an accumulator.</summary>
    public void AddWindow(int window, long timestamp, HistogramAccumulator accumulator)
    {
        var slotTicks = _layout.SlotTicks[window];
        var current = timestamp / slotTicks;
        for (var index = 0; index < SlotsPerWindow; index++)
        {
            var slot = _slots[(window * SlotsPerWindow) + index];
            var epoch = Volatile.Read(ref slot.Epoch);
            if (slot.Counts is { } counts && epoch > current - SlotsPerWindow && epoch <= current)
            {
                accumulator.Add(counts, Volatile.Read(ref slot.Errors), Volatile.Read(ref slot.Sum));
            }
        }
    }

    /// <summary>Reads every window at <paramref name="timestamp"/>, shortest first.</summary>
    public WindowStatistics[] ReadWindows(long timestamp, HistogramAccumulator accumulator)
    {
        var windows = new WindowStatistics[_layout.Windows.Length];
        for (var window = 0; window < windows.Length; window++)
        {
            accumulator.Clear();
            AddWindow(window, timestamp, accumulator);
            windows[window] = accumulator.ToStatistics(_layout.Windows[window]);
        }

        return windows;
    }

    private void Rotate(Slot slot, long epoch)
    {
        lock (_rotation)
        {
            if (slot.Epoch >= epoch)
            {
                return;
            }

            if (slot.Counts is null)
            {
                slot.Counts = new int[LogHistogram.BucketCount];
            }
            else
            {
                Array.Clear(slot.Counts);
            }

            slot.Errors = 0;
            slot.Sum = 0;
            Volatile.Write(ref slot.Epoch, epoch);
        }
    }

    private sealed class Slot
    {
        public long Epoch = long.MinValue;
        public int[]? Counts;
        public int Errors;
        public double Sum;
    }
}
