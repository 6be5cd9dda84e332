using System.Collections.Concurrent;
using System.Threading.Channels;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>
/// Holds every job in its handler until the test releases it (one payload, or all), honouring the job's token. Payloads
/// that start with <c>fast</c> do not wait. Records the order of starts, which jobs saw their token cancelled, and how many
/// jobs were inside the handler at once. Returns its payload.
/// </summary>
internal sealed class GatedHandler : IJobHandler<string>
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<string> _starts = Channel.CreateUnbounded<string>();
    private int _inHandler;
    private int _maxInHandler;

    public ConcurrentQueue<string> Started { get; } = new();

    public ConcurrentQueue<string> Cancelled { get; } = new();

    public int InHandler => Volatile.Read(ref _inHandler);

    public int MaxInHandler => Volatile.Read(ref _maxInHandler);

    public void Release(string payload) => Gate(payload).TrySetResult();

    public void ReleaseAll() => _all.TrySetResult();

    /// <summary>Waits until the next job enters the handler and returns its payload.</summary>
    public async Task<string> NextStartAsync() => await _starts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits until <paramref name="count"/> more jobs entered the handler.</summary>
    public async Task<string[]> NextStartsAsync(int count)
    {
        var payloads = new string[count];
        for (var i = 0; i < count; i++)
        {
            payloads[i] = await NextStartAsync();
        }

        return payloads;
    }

    public async ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        var inHandler = Interlocked.Increment(ref _inHandler);
        for (var max = MaxInHandler; inHandler > max; max = MaxInHandler)
        {
            if (Interlocked.CompareExchange(ref _maxInHandler, inHandler, max) == max)
            {
                break;
            }
        }

        Started.Enqueue(context.Payload);
        _starts.Writer.TryWrite(context.Payload);
        try
        {
            if (!context.Payload.StartsWith("fast", StringComparison.Ordinal))
            {
                await Task.WhenAny(Gate(context.Payload).Task, _all.Task).WaitAsync(cancellationToken);
            }

            return context.Payload;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Cancelled.Enqueue(context.Payload);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _inHandler);
        }
    }

    private TaskCompletionSource Gate(string payload) =>
        _gates.GetOrAdd(payload, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
