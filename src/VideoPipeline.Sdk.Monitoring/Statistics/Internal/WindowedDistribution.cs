namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// One series' measurements over the configured windows (for example 1 minute, 5 minutes, 1 hour), in bounded memory.
/// Measurements go into a fine ring: <see cref="SlotsPerWindow"/> slots of one sixth of the shortest window, each a
/// fixed-layout histogram with its error count and sum. When a fine slot is reused, its counts roll up into the slot of
/// every longer window's ring (six slots of one sixth of that window), so recording costs one interlocked increment (two
/// with exact sums) whatever the number of windows, and every window slides in steps of one sixth of its length.
/// </summary>
/// <remarks>
/// Recording is lock-free; the first measurement of a new fine slot takes the lock to roll the slot up and reset it, and
/// reads take the same lock, so a read never counts rolled-up data twice. A measurement that races with the reset of its
/// slot may land in the new slot instead of the old one, and a read that races with writers may miss measurements still in
/// flight: both are within what a dashboard needs and keep the lock off the hot path.
/// </remarks>
internal sealed class WindowedDistribution
{
    public const int SlotsPerWindow = 6;

    private readonly WindowLayout _layout;
    private readonly Slot[] _fine;
    private readonly Slot[][] _coarse;
    private readonly Lock _rotation = new();
    private readonly bool _exactSums;
    private Current _current = new(new Slot(), long.MinValue, long.MinValue);
    private long _retiredCount;
    private long _retiredErrors;

    /// <param name="layout">The windows.</param>
    /// <param name="exactSums">Whether to keep the exact sum of the values (one more interlocked operation per measurement);
    /// without it, a window's sum is estimated from its histogram, within 3.2%.</param>
    public WindowedDistribution(WindowLayout layout, bool exactSums)
    {
        _layout = layout;
        _exactSums = exactSums;
        _fine = CreateRing();
        _coarse = new Slot[layout.Windows.Length - 1][];
        for (var ring = 0; ring < _coarse.Length; ring++)
        {
            _coarse[ring] = CreateRing();
        }
    }

    /// <summary>Gets the measurements since the series was created.</summary>
    public long TotalCount
    {
        get
        {
            lock (_rotation)
            {
                var total = _retiredCount;
                foreach (var slot in _fine)
                {
                    total += slot.Count();
                }

                return total;
            }
        }
    }

    /// <summary>Gets the failures since the series was created.</summary>
    public long TotalErrors
    {
        get
        {
            lock (_rotation)
            {
                var total = _retiredErrors;
                foreach (var slot in _fine)
                {
                    total += Volatile.Read(ref slot.Errors);
                }

                return total;
            }
        }
    }

    public void Record(long timestamp, double value, bool error)
    {
        // Most measurements fall in the slot of the previous one: compare with its bounds instead of dividing twice.
        var current = Volatile.Read(ref _current);
        var slot = timestamp >= current.Start && timestamp < current.End ? current.Slot : Enter(timestamp);
        if (slot is null)
        {
            RecordLate(timestamp, value, error);
            return;
        }

        Interlocked.Increment(ref slot.Counts![LogHistogram.BucketOf(value)]);
        if (_exactSums)
        {
            AtomicDouble.Add(ref slot.Sum, value);
        }

        if (error)
        {
            Interlocked.Increment(ref slot.Errors);
        }
    }

    /// <summary>Reads every window at <paramref name="timestamp"/>, shortest first.</summary>
    public WindowStatistics[] ReadWindows(long timestamp, HistogramAccumulator accumulator)
    {
        var windows = new WindowStatistics[_layout.Windows.Length];
        lock (_rotation)
        {
            for (var window = 0; window < windows.Length; window++)
            {
                accumulator.Clear(estimateSum: !_exactSums);
                AddWindow(window, timestamp, accumulator);
                windows[window] = accumulator.ToStatistics(_layout.Windows[window]);
            }
        }

        return windows;
    }

    private static Slot[] CreateRing()
    {
        var ring = new Slot[SlotsPerWindow];
        for (var index = 0; index < ring.Length; index++)
        {
            ring[index] = new Slot();
        }

        return ring;
    }

    private static bool IsInside(long epoch, long current) => epoch > current - SlotsPerWindow && epoch <= current;

    private void AddWindow(int window, long timestamp, HistogramAccumulator accumulator)
    {
        var slotTicks = _layout.SlotTicks[window];
        var current = timestamp / slotTicks;
        foreach (var slot in _fine)
        {
            var epoch = Volatile.Read(ref slot.Epoch);
            if (slot.Counts is { } counts && IsInside(epoch * _layout.FineSlotTicks / slotTicks, current))
            {
                accumulator.Add(counts, Volatile.Read(ref slot.Errors), Volatile.Read(ref slot.Sum));
            }
        }

        if (window == 0)
        {
            return;
        }

        foreach (var slot in _coarse[window - 1])
        {
            if (slot.LongCounts is { } counts && IsInside(slot.Epoch, current))
            {
                accumulator.Add(counts, slot.Errors, slot.Sum);
            }
        }
    }

    /// <summary>Gets the fine slot of a timestamp, reset for it if the slot held an older epoch; or <see langword="null"/>
    /// when the slot already holds a newer epoch: the measurement was stamped a whole ring ago (its writer paused between
    /// the clock and here), and resetting the slot back would wipe the newer measurements in it.</summary>
    private Slot? Enter(long timestamp)
    {
        var epoch = timestamp / _layout.FineSlotTicks;
        var slot = _fine[(int)(epoch % SlotsPerWindow)];
        if (Volatile.Read(ref slot.Epoch) != epoch && !Rotate(slot, epoch))
        {
            return null;
        }

        var start = epoch * _layout.FineSlotTicks;
        if (start > Volatile.Read(ref _current).Start)
        {
            Volatile.Write(ref _current, new Current(slot, start, start + _layout.FineSlotTicks));
        }

        return slot;
    }

    /// <summary>Moves a fine slot forward to <paramref name="epoch"/>, rolling its old counts up; returns whether the slot
    /// now holds that epoch (false when it holds a newer one, since a slot never moves back).</summary>
    private bool Rotate(Slot slot, long epoch)
    {
        lock (_rotation)
        {
            if (slot.Epoch >= epoch)
            {
                return slot.Epoch == epoch;
            }

            if (slot.Counts is null)
            {
                slot.Counts = new int[LogHistogram.BucketCount];
            }
            else
            {
                RollUp(slot);
                Array.Clear(slot.Counts);
            }

            slot.Errors = 0;
            slot.Sum = 0;
            Volatile.Write(ref slot.Epoch, epoch);
            return true;
        }
    }

    /// <summary>Adds a fine slot that is about to be reused to the totals and to the slot of each longer window that
    /// covers its start, unless that window has moved past it. Called under the lock.</summary>
    private void RollUp(Slot fine)
    {
        _retiredCount += fine.Count();
        _retiredErrors += fine.Errors;
        for (var ring = 0; ring < _coarse.Length; ring++)
        {
            if (CoarseSlot(ring, fine.Epoch * _layout.FineSlotTicks) is { } target)
            {
                var counts = fine.Counts!;
                var sums = target.LongCounts!;
                for (var bucket = 0; bucket < counts.Length; bucket++)
                {
                    sums[bucket] += counts[bucket];
                }

                target.Errors += fine.Errors;
                target.Sum += fine.Sum;
            }
        }
    }

    /// <summary>Records a measurement whose fine slot has moved on to a newer epoch (its writer paused between the clock
    /// and here) straight into the longer windows that still cover it.</summary>
    private void RecordLate(long timestamp, double value, bool error)
    {
        var bucket = LogHistogram.BucketOf(value);
        lock (_rotation)
        {
            _retiredCount++;
            _retiredErrors += error ? 1 : 0;
            for (var ring = 0; ring < _coarse.Length; ring++)
            {
                if (CoarseSlot(ring, timestamp) is { } target)
                {
                    target.LongCounts![bucket]++;
                    target.Errors += error ? 1 : 0;
                    target.Sum += _exactSums ? value : 0;
                }
            }
        }
    }

    /// <summary>Gets the slot of a longer window's ring that covers <paramref name="timestamp"/>, reset for it if it held an
    /// older epoch; or <see langword="null"/> when the ring has moved past it. Called under the lock.</summary>
    private Slot? CoarseSlot(int ring, long timestamp)
    {
        var epoch = timestamp / _layout.SlotTicks[ring + 1];
        var target = _coarse[ring][(int)(epoch % SlotsPerWindow)];
        if (target.Epoch > epoch)
        {
            return null;
        }

        var counts = target.LongCounts ??= new long[LogHistogram.BucketCount];
        if (target.Epoch != epoch)
        {
            Array.Clear(counts);
            target.Errors = 0;
            target.Sum = 0;
            target.Epoch = epoch;
        }

        return target;
    }

    /// <summary>The fine slot the latest measurements went to, and the timestamps it covers.</summary>
    private sealed record Current(Slot Slot, long Start, long End);

    /// <summary>A slot of a ring: the fine ring counts in <see cref="Counts"/> (written lock-free), the longer windows'
    /// rings in <see cref="LongCounts"/> (written under the lock when fine slots roll up).</summary>
    private sealed class Slot
    {
        public long Epoch = long.MinValue;
        public int[]? Counts;
        public long[]? LongCounts;
        public long Errors;
        public double Sum;

        public long Count()
        {
            long count = 0;
            if (Counts is { } counts)
            {
                for (var bucket = 0; bucket < counts.Length; bucket++)
                {
                    count += Volatile.Read(ref counts[bucket]);
                }
            }

            return count;
        }
    }
}
