using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk;

/// <summary>
/// Configures VideoPipeline.Sdk in a service collection. Returned by <c>AddVideoPipeline</c>; each package adds its
/// services with an extension method on it, for example <c>builder.AddCaching()</c>.
/// </summary>
public interface IVideoPipelineBuilder
{
    /// <summary>Gets the service collection the SDK's services are added to.</summary>
    IServiceCollection Services { get; }
}
