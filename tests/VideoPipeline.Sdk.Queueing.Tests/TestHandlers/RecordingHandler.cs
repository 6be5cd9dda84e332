using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Returns its payload upper-cased and records the order in which payloads ran.</summary>
internal sealed class RecordingHandler : IJobHandler<string>
{
    public ConcurrentQueue<string> Ran { get; } = new();

    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        Ran.Enqueue(context.Payload);
        return ValueTask.FromResult<object?>(context.Payload.ToUpperInvariant());
    }
}
