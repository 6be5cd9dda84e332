namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>Adds to a <see cref="double"/> shared between threads, with a compare-and-swap loop.</summary>
internal static class AtomicDouble
{
    public static void Add(ref double target, double value)
    {
        var current = Volatile.Read(ref target);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref target, current + value, current);
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current))
            {
                return;
            }

            current = seen;
        }
    }
}
