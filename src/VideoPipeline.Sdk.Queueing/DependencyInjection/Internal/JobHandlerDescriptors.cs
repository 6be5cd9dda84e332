using VideoPipeline.Sdk.Queueing.Scheduling.Internal;

namespace VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;

/// <summary>The descriptors of every registered handler, built once per container and shared by the queue and the scheduler.</summary>
internal sealed class JobHandlerDescriptors(IReadOnlyList<JobHandlerDescriptor> all)
{
    public IReadOnlyList<JobHandlerDescriptor> All { get; } = all;
}
