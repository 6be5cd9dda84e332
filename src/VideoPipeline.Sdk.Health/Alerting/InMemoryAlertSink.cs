namespace VideoPipeline.Sdk.Health;

/// <summary>
/// An <see cref="IAlertSink"/> that keeps the latest notifications in memory, for dashboards and tests. The Health package
/// registers one (with <see cref="AlertingOptions.InMemoryCapacity"/>); resolve it from the service provider to read it.
/// </summary>
public sealed class InMemoryAlertSink : IAlertSink
{
    private readonly Alert[] _ring;
    private readonly Lock _gate = new();
    private long _received;

    /// <summary>Initializes a new instance of the <see cref="InMemoryAlertSink"/> class.</summary>
    /// <param name="capacity">How many of the latest notifications to keep.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public InMemoryAlertSink(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new Alert[capacity];
    }

    /// <summary>Gets how many notifications the sink has received since it was created, including those no longer kept.</summary>
    public long ReceivedCount => Interlocked.Read(ref _received);

    /// <summary>Keeps the notification, dropping the oldest one kept when full.</summary>
    /// <param name="alert">The notification.</param>
    /// <param name="cancellationToken">Not used; keeping a notification does not wait.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is <see langword="null"/>.</exception>
    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            _ring[_received % _ring.Length] = alert;

            // Written under the lock but read without it by ReceivedCount: an interlocked write keeps that read whole.
            Interlocked.Increment(ref _received);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Gets the notifications kept, oldest first.</summary>
    /// <returns>A copy of the notifications kept.</returns>
    public IReadOnlyList<Alert> GetNotifications()
    {
        lock (_gate)
        {
            var count = (int)Math.Min(_received, _ring.Length);
            var copy = new Alert[count];
            var start = _received - count;
            for (var index = 0; index < count; index++)
            {
                copy[index] = _ring[(start + index) % _ring.Length];
            }

            return copy;
        }
    }
}
