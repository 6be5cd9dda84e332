using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Records the dependencies each job saw and returns its payload followed by the results of its succeeded
/// dependencies, for example <c>cut:VIDEO+AUDIO</c>.</summary>
internal sealed class DependencyReadingHandler : IJobHandler<string>
{
    public ConcurrentDictionary<string, IReadOnlyList<JobDependencyResult>> Seen { get; } = new(StringComparer.Ordinal);

    public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
    {
        Seen[context.Payload] = context.Dependencies;
        var parts = context.Dependencies.Where(dependency => dependency.State == JobState.Succeeded).Select(dependency => dependency.Output);
        return ValueTask.FromResult<object?>($"{context.Payload}:{string.Join('+', parts)}");
    }
}
