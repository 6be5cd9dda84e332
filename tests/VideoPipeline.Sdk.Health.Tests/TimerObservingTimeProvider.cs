using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests;

/// <summary>
/// A <see cref="TimeProvider"/> that reads and schedules through a <see cref="FakeTimeProvider"/> and lets a test wait
/// until the code under test has created a timer with a given due time (the loop's next delay, a check's timeout), so
/// the test advances the fake clock only once something waits on it instead of racing the background task.
/// </summary>
internal sealed class TimerObservingTimeProvider(FakeTimeProvider time) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TimeSpan, int> _created = [];
    private readonly List<(TimeSpan DueTime, int Count, TaskCompletionSource Signal)> _waiters = [];

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override long TimestampFrequency => time.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override long GetTimestamp() => time.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = time.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _created[dueTime] = _created.GetValueOrDefault(dueTime) + 1;
            foreach (var waiter in _waiters.Where(waiter => waiter.DueTime == dueTime && waiter.Count <= _created[dueTime]).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers with <paramref name="dueTime"/> have been created in all.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int count)
    {
        lock (_gate)
        {
            if (_created.GetValueOrDefault(dueTime) >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, count, signal));
            return signal.Task.WaitAsync(Eventually.HangGuard);
        }
    }
}
