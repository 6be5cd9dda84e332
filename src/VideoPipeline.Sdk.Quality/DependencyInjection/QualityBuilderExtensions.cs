using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Quality;
using VideoPipeline.Sdk.Quality.Analysis.Internal;
using VideoPipeline.Sdk.Quality.DependencyInjection.Internal;
using VideoPipeline.Sdk.Quality.Diagnostics.Internal;
using VideoPipeline.Sdk.Quality.Estimation.Internal;
using VideoPipeline.Sdk.Quality.Optimization.Internal;
using VideoPipeline.Sdk.Quality.Planning.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Quality package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddQuality()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class QualityBuilderExtensions
{
    /// <summary>
    /// Adds the content analyzer (<see cref="IContentAnalyzer"/>), the effective <see cref="ProviderCatalog"/> (built from
    /// <see cref="QualityOptions"/>: the built-in catalog, catalog files, route overrides), the effective quality profiles
    /// (<see cref="QualityProfiles"/>), the cost estimator (<see cref="ICostEstimator"/>) and the optimizer
    /// (<see cref="IQualityOptimizer"/>), all singletons, with default options. Calling it again registers nothing twice; a
    /// service registered before wins.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQuality(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(QualityMarker)))
        {
            return builder;
        }

        services.AddSingleton<QualityMarker>();
        services.AddOptions<QualityOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QualityOptions>, QualityOptionsValidator>());
        services.TryAddSingleton<IContentAnalyzer>(provider => new ContentAnalyzer(provider.GetRequiredService<IOptions<QualityOptions>>().Value));
        CatalogRegistration.AddCatalog(services);

        // Profiles, planning and cost estimates on the catalog.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new QualityProfiles(provider.GetRequiredService<IOptions<QualityOptions>>().Value));
        services.TryAddSingleton(provider => new ProductionPlanner(
            provider.GetRequiredService<ProviderCatalog>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<QualityOptions>>().Value.MaxParallelCalls));
        services.TryAddSingleton<ICostEstimator>(provider => new CostEstimator(
            provider.GetRequiredService<QualityProfiles>(), provider.GetRequiredService<ProductionPlanner>()));

        // The optimizer, with its metrics and learner.
        services.AddMetrics();
        services.TryAddSingleton(provider => new QualityMetrics(provider.GetRequiredService<IMeterFactory>()));
        services.TryAddSingleton<IQualityOptimizer>(provider => new QualityOptimizer(
            provider.GetRequiredService<IContentAnalyzer>(),
            provider.GetRequiredService<IOptions<QualityOptions>>().Value,
            provider.GetRequiredService<QualityProfiles>(),
            provider.GetRequiredService<ProductionPlanner>(),
            provider.GetRequiredService<QualityMetrics>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<QualityOptimizer>() ?? NullLogger<QualityOptimizer>.Instance));
        return builder;
    }

    /// <summary>
    /// Adds the Quality package and binds <see cref="QualityOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Quality</c>). Invalid values stop the host at start with a message that names the key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQuality(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddQuality();
        builder.Services.AddOptions<QualityOptions>().Bind(section);
        return builder;
    }

    /// <summary>
    /// Adds the Quality package and configures <see cref="QualityOptions"/> in code. Invalid values stop the host at start
    /// with a message that names the option.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQuality(this IVideoPipelineBuilder builder, Action<QualityOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddQuality();
        builder.Services.Configure(configure);
        return builder;
    }
}
