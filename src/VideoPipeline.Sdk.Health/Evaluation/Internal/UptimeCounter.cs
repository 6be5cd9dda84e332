namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>
/// Counts a component's checks and the ones that were up in per-minute (60), per-hour (24) and per-day (30) buckets, each
/// stamped with its period, so the uptime over the last hour, day and 30 days costs 114 buckets however long the host runs.
/// </summary>
internal sealed class UptimeCounter
{
    private readonly Ring _minutes = new(60, TimeSpan.FromMinutes(1));
    private readonly Ring _hours = new(24, TimeSpan.FromHours(1));
    private readonly Ring _days = new(30, TimeSpan.FromDays(1));

    public void Record(DateTimeOffset timestamp, bool up)
    {
        _minutes.Record(timestamp, up);
        _hours.Record(timestamp, up);
        _days.Record(timestamp, up);
    }

    public ComponentUptime Read(DateTimeOffset now) => new(_minutes.Uptime(now), _hours.Uptime(now), _days.Uptime(now));

    private sealed class Ring(int length, TimeSpan period)
    {
        private readonly long[] _periods = Enumerable.Repeat(long.MinValue, length).ToArray();
        private readonly long[] _checks = new long[length];
        private readonly long[] _up = new long[length];

        public void Record(DateTimeOffset timestamp, bool up)
        {
            var current = timestamp.UtcTicks / period.Ticks;
            var slot = (int)(current % length);
            if (_periods[slot] != current)
            {
                _periods[slot] = current;
                _checks[slot] = 0;
                _up[slot] = 0;
            }

            _checks[slot]++;
            _up[slot] += up ? 1 : 0;
        }

        public double Uptime(DateTimeOffset now)
        {
            var current = now.UtcTicks / period.Ticks;
            long checks = 0, up = 0;
            for (var slot = 0; slot < length; slot++)
            {
                if (_periods[slot] > current - length && _periods[slot] <= current)
                {
                    checks += _checks[slot];
                    up += _up[slot];
                }
            }

            return checks == 0 ? double.NaN : (double)up / checks;
        }
    }
}
