using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk.DependencyInjection.Internal;

/// <summary>The builder handed out by <c>AddVideoPipeline</c>.</summary>
internal sealed class VideoPipelineBuilder(IServiceCollection services) : IVideoPipelineBuilder
{
    public IServiceCollection Services { get; } = services;
}
