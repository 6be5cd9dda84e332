using VideoPipeline.Sdk.Queueing.Scheduling.Internal;

namespace VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;

/// <summary>A handler registered for a job type; the queue builds its descriptor from the container when it starts.</summary>
internal sealed class JobHandlerRegistration(string jobType, Type handlerType, Func<IServiceProvider, JobHandlerDescriptor> createDescriptor)
{
    public string JobType { get; } = jobType;

    public Type HandlerType { get; } = handlerType;

    public Func<IServiceProvider, JobHandlerDescriptor> CreateDescriptor { get; } = createDescriptor;
}
