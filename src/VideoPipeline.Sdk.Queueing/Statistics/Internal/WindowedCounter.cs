namespace VideoPipeline.Sdk.Queueing.Statistics.Internal;

/// <summary>A count over a sliding window of four quarter-window slices, like <see cref="WindowedHistogram"/>. Guarded by the
/// scheduler's lock.</summary>
internal sealed class WindowedCounter
{
    private const int SliceCount = 4;
    private readonly long[] _counts = new long[SliceCount];
    private readonly long[] _starts = new long[SliceCount];
    private readonly long _sliceTicks;

    public WindowedCounter(TimeSpan window) => _sliceTicks = Math.Max(1, window.Ticks / SliceCount);

    public void Add(long nowTicks, long amount = 1) => _counts[Advance(nowTicks)] += amount;

    public long Sum(long nowTicks)
    {
        Advance(nowTicks);
        long sum = 0;
        for (var s = 0; s < SliceCount; s++)
        {
            if (nowTicks - _starts[s] < _sliceTicks * SliceCount)
            {
                sum += _counts[s];
            }
        }

        return sum;
    }

    private int Advance(long nowTicks)
    {
        var start = nowTicks - (nowTicks % _sliceTicks);
        var slice = (int)((nowTicks / _sliceTicks) % SliceCount);
        if (_starts[slice] != start)
        {
            _counts[slice] = 0;
            _starts[slice] = start;
        }

        return slice;
    }
}
