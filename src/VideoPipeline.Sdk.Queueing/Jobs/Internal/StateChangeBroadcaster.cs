using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace VideoPipeline.Sdk.Queueing.Jobs.Internal;

/// <summary>
/// Fans state changes out to <see cref="IJobQueue.WatchAsync"/> readers, each with its own bounded channel that drops its
/// oldest change when the reader falls behind. With no reader, publishing is one array-length check. Readers are an
/// immutable array swapped under a lock; publishing happens under the scheduler's lock, so every reader sees changes in order.
/// </summary>
internal sealed class StateChangeBroadcaster(int bufferSize)
{
    private readonly Lock _gate = new();
    private Channel<JobStateChange>[] _readers = [];

    public bool HasReaders => _readers.Length != 0;

    public void Publish(in JobStateChange change)
    {
        foreach (var reader in _readers)
        {
            reader.Writer.TryWrite(change);
        }
    }

    public async IAsyncEnumerable<JobStateChange> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<JobStateChange>(new BoundedChannelOptions(bufferSize)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });
        lock (_gate)
        {
            _readers = [.. _readers, channel];
        }

        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            lock (_gate)
            {
                _readers = Array.FindAll(_readers, reader => reader != channel);
            }
        }
    }
}
