namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Throws before it returns a task: the error never reaches a <see cref="ValueTask"/>.</summary>
internal sealed class SyncThrowingHandler : IJobHandler<string>
{
    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Cannot handle '{context.Payload}'.");
}
