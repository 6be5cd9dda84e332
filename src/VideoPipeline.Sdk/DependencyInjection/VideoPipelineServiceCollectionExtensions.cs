using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.DependencyInjection.Internal;
using VideoPipeline.Sdk.Providers.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds VideoPipeline.Sdk to a service collection.
/// </summary>
public static class VideoPipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SDK's core services with default options: the provider registry, <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is already registered, metrics, and start-up validation. Calling it again registers nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add providers and packages with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddVideoPipeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(VideoPipelineMarker)))
        {
            return new VideoPipelineBuilder(services);
        }

        services.AddSingleton<VideoPipelineMarker>();
        services.AddOptions<VideoPipelineOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VideoPipelineOptions>, VideoPipelineOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProviderMetrics>();
        services.TryAddSingleton<IGenerationProviderRegistry, GenerationProviderRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProviderRegistryStartupCheck>());
        return new VideoPipelineBuilder(services);
    }

    /// <summary>
    /// Adds the SDK's core services and binds <see cref="VideoPipelineOptions"/> to the <c>VideoPipeline</c> section of
    /// <paramref name="configuration"/>. Invalid values stop the host at start with a message that names the key.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration (its root, not the <c>VideoPipeline</c> section).</param>
    /// <returns>A builder to add providers and packages with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddVideoPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddVideoPipeline();
        services.AddOptions<VideoPipelineOptions>().Bind(configuration.GetSection(VideoPipelineOptions.SectionName));
        return builder;
    }

    /// <summary>
    /// Adds the SDK's core services and configures <see cref="VideoPipelineOptions"/> in code. Invalid values stop the host
    /// at start with a message that names the option.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder to add providers and packages with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddVideoPipeline(this IServiceCollection services, Action<VideoPipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddVideoPipeline();
        services.Configure(configure);
        return builder;
    }
}
