using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Styles;
using VideoPipeline.Sdk.Styles.Analytics.Internal;
using VideoPipeline.Sdk.Styles.Catalog.Internal;
using VideoPipeline.Sdk.Styles.DependencyInjection.Internal;
using VideoPipeline.Sdk.Styles.Manager.Internal;
using VideoPipeline.Sdk.Styles.Presets.Internal;
using VideoPipeline.Sdk.Styles.Recommendations.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Styles package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddStyles()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class StylesBuilderExtensions
{
    /// <summary>
    /// Adds the style template manager (<see cref="IStyleTemplateManager"/>, a singleton) with default options: the built-in
    /// catalog. The catalog is loaded and checked at start; a bad template stops the host with a message that names the
    /// template and the field. Calling it again registers nothing twice; an <see cref="IStyleTemplateManager"/> registered
    /// before wins. It also adds the usage analytics (<see cref="IStyleUsageAnalytics"/>) and the recommender
    /// (<see cref="IStyleRecommender"/>), singletons an earlier registration replaces.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddStyles(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(StylesMarker)))
        {
            return builder;
        }

        services.AddSingleton<StylesMarker>();
        services.AddOptions<StylesOptions>().ValidateOnStart();
        services.TryAddSingleton(provider => new StyleCatalogCache(
            provider.GetService<ILogger<StyleCatalogCache>>() ?? NullLogger<StyleCatalogCache>.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StylesOptions>, StylesOptionsValidator>());
        services.TryAddSingleton<IStyleTemplateManager>(provider =>
        {
            // The monitor's instance is the one ValidateOnStart validated, so the catalog it loaded is reused.
            var options = provider.GetRequiredService<IOptionsMonitor<StylesOptions>>().CurrentValue;
            var outcome = provider.GetRequiredService<StyleCatalogCache>().GetOrLoad(options);
            return new StyleTemplateManager(outcome.Catalog ?? throw new InvalidOperationException(outcome.Error!.Message, outcome.Error), options);
        });

        // Presets and sharing: the store (in memory, or one JSON file) and the preset manager over the same catalog.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStylePresetStore>(provider =>
            provider.GetRequiredService<IOptionsMonitor<StylesOptions>>().CurrentValue.PresetStorePath is { } path
                ? new JsonFileStylePresetStore(path)
                : new InMemoryStylePresetStore());
        services.TryAddSingleton<IStylePresetManager>(provider =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<StylesOptions>>().CurrentValue;
            var outcome = provider.GetRequiredService<StyleCatalogCache>().GetOrLoad(options);
            return new StylePresetManager(
                outcome.Catalog ?? throw new InvalidOperationException(outcome.Error!.Message, outcome.Error),
                options,
                provider.GetRequiredService<IStylePresetStore>(),
                provider.GetRequiredService<TimeProvider>());
        });

        // Usage analytics and recommendations.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StylesOptions>, AnalyticsOptionsValidator>());
        services.TryAddSingleton(provider => new StyleUsageMetrics(provider.GetRequiredService<IMeterFactory>()));
        services.TryAddSingleton<IStyleUsageAnalytics>(provider =>
        {
            var manager = provider.GetRequiredService<IStyleTemplateManager>();
            return new StyleUsageAnalytics(
                styleId => manager.GetTemplate(styleId)?.Category,
                provider.GetRequiredService<StyleUsageMetrics>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<IOptionsMonitor<StylesOptions>>().CurrentValue);
        });
        services.TryAddSingleton<IStyleRecommender>(provider => new StyleRecommender(
            provider.GetRequiredService<IStyleTemplateManager>().GetTemplates(),
            provider.GetRequiredService<IStyleUsageAnalytics>(),
            provider.GetRequiredService<IOptionsMonitor<StylesOptions>>().CurrentValue.RecommendationPopularityWeight));
        return builder;
    }

    /// <summary>
    /// Adds the Styles package and binds <see cref="StylesOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Styles</c>). Configured <c>SupportedAspectRatios</c> and <c>SupportedFramesPerSecond</c> replace the
    /// defaults; <c>Templates</c> in the section are templates in the JSON catalog's schema, read as strictly as files.
    /// Invalid values and templates stop the host at start with a message that names the key or the template and field.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddStyles(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddStyles();
        builder.Services.AddOptions<StylesOptions>()
            .Configure(options =>
            {
                // Configured lists replace the defaults (the binder would add to them).
                if (section.GetSection(nameof(StylesOptions.SupportedAspectRatios)).GetChildren().Any())
                {
                    options.SupportedAspectRatios.Clear();
                }

                if (section.GetSection(nameof(StylesOptions.SupportedFramesPerSecond)).GetChildren().Any())
                {
                    options.SupportedFramesPerSecond.Clear();
                }

                var templates = section.GetSection(nameof(StylesOptions.Templates));
                if (templates.GetChildren().Any())
                {
                    options.ConfigurationTemplates = templates;
                }
            })
            .Bind(new ConfigurationWithoutTemplates(section));
        return builder;
    }

    /// <summary>
    /// Adds the Styles package and configures <see cref="StylesOptions"/> in code, for example to add template files or
    /// templates. Invalid values and templates stop the host at start with a message that names the option or the template
    /// and field.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddStyles(this IVideoPipelineBuilder builder, Action<StylesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddStyles();
        builder.Services.Configure(configure);
        return builder;
    }
}
