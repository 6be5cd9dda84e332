using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>
/// Runs <see cref="Script"/> for every attempt (after an await, so a throw faults the returned task) and records each
/// attempt's payload and number. The default script returns the payload.
/// </summary>
internal sealed class ScriptedHandler : IJobHandler<string>
{
    public Func<JobContext<string>, object?> Script { get; set; } = context => context.Payload;

    public ConcurrentQueue<(string Payload, int Attempt)> Calls { get; } = new();

    public async ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Calls.Enqueue((context.Payload, context.Attempt));
        return Script(context);
    }
}
