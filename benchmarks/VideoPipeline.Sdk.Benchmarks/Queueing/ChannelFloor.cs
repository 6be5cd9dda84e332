using System.Threading.Channels;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// The floor of a job queue: an unbounded <see cref="Channel{T}"/> of delegates with one consumer task that invokes each and
/// completes a task when it has run the requested number. No ids, priorities, budgets, states or statistics.
/// </summary>
internal sealed class ChannelFloor : IDisposable
{
    private static readonly Action NoOp = static () => { };

    private readonly Channel<Action> _channel = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Task _consumer;
    private int _remaining;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChannelFloor() => _consumer = Task.Run(ConsumeAsync);

    public Task RunAsync(int jobs)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, jobs);
        var writer = _channel.Writer;
        for (var i = 0; i < jobs; i++)
        {
            writer.TryWrite(NoOp);
        }

        return _done.Task;
    }

    public void Dispose()
    {
        _channel.Writer.Complete();
        _consumer.GetAwaiter().GetResult();
    }

    private async Task ConsumeAsync()
    {
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var work))
            {
                work();
                if (--_remaining == 0)
                {
                    _done.TrySetResult();
                }
            }
        }
    }
}
