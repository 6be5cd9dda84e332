namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Composes the results of its <c>video</c> and <c>narrate</c> dependencies, read by job type.</summary>
internal sealed class TypedComposeHandler : IJobHandler<string>
{
    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<object?>(
            $"{context.Payload}:{context.GetDependencyResult<string>("video")}+{context.GetDependencyResult<string>("narrate")}");
}
