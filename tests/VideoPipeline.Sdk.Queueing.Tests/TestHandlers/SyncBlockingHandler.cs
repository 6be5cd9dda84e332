using System.Threading.Channels;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Blocks its thread until released (ignoring its token), the way CPU-bound or synchronous code does, then returns
/// the payload.</summary>
internal sealed class SyncBlockingHandler : IJobHandler<string>, IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Channel<string> _starts = Channel.CreateUnbounded<string>();

    public void Release() => _release.Set();

    public async Task<string> NextStartAsync() => await _starts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        _starts.Writer.TryWrite(context.Payload);
        _release.Wait(TimeSpan.FromSeconds(30));
        return ValueTask.FromResult<object?>(context.Payload);
    }

    public void Dispose() => _release.Dispose();
}
