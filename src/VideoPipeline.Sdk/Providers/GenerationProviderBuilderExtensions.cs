using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VideoPipeline.Sdk;

/// <summary>
/// Registers generation providers. Providers are singletons, resolved by their
/// <see cref="GenerationProviderDescriptor.Name"/> through <see cref="IGenerationProviderRegistry"/>.
/// </summary>
public static class GenerationProviderBuilderExtensions
{
    /// <summary>Registers a provider type, constructed by the container. Registering the same type again has no effect.</summary>
    /// <typeparam name="TProvider">The provider type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddProvider<TProvider>(this IVideoPipelineBuilder builder)
        where TProvider : class, IGenerationProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IGenerationProvider, TProvider>());
        return builder;
    }

    /// <summary>Registers a provider instance. Registering the same instance again has no effect.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="provider">The provider.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddProvider(this IVideoPipelineBuilder builder, IGenerationProvider provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        if (!builder.Services.Any(d => d.ServiceType == typeof(IGenerationProvider) && ReferenceEquals(d.ImplementationInstance, provider)))
        {
            builder.Services.AddSingleton(provider);
        }

        return builder;
    }

    /// <summary>
    /// Registers a provider created by a factory, for providers that need services such as a <see cref="TimeProvider"/>
    /// or an <c>HttpClient</c>. Registering the same factory again has no effect.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the provider; called once.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddProvider(this IVideoPipelineBuilder builder, Func<IServiceProvider, IGenerationProvider> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        if (!builder.Services.Any(d => d.ServiceType == typeof(IGenerationProvider) && Equals(d.ImplementationFactory, factory)))
        {
            builder.Services.AddSingleton(factory);
        }

        return builder;
    }
}
