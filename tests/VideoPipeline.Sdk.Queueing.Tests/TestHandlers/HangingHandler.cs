using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Never returns for payloads that start with <c>hang</c>, and ignores its token; returns other payloads at once.</summary>
internal sealed class HangingHandler : IJobHandler<string>
{
    private readonly TaskCompletionSource<object?> _never = new();

    public ConcurrentQueue<(string Payload, int Attempt)> Calls { get; } = new();

    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        Calls.Enqueue((context.Payload, context.Attempt));
        return context.Payload.StartsWith("hang", StringComparison.Ordinal)
            ? new ValueTask<object?>(_never.Task)
            : ValueTask.FromResult<object?>(context.Payload);
    }
}
