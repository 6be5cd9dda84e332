using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Caching.DependencyInjection.Internal;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;
using VideoPipeline.Sdk.Caching;
using VideoPipeline.Sdk.Caching.Media.Internal;
using VideoPipeline.Sdk.Caching.PromptCache.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Caching package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddCaching()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class CachingBuilderExtensions
{
    /// <summary>
    /// Adds the prompt cache (<see cref="IPromptCache"/>), the media store (<see cref="IMediaStore"/>, in memory unless
    /// <see cref="MediaStoreOptions.RootPath"/> is set) and the built-in <see cref="LexicalPromptEmbedder"/>, with default
    /// options. Services already registered (an <see cref="IPromptEmbedder"/> of your own, for example) are kept. Calling
    /// it again registers nothing twice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddCaching(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CachingMarker)))
        {
            return builder;
        }

        services.AddSingleton<CachingMarker>();
        services.AddOptions<PromptCacheOptions>().ValidateOnStart();
        services.AddOptions<MediaStoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PromptCacheOptions>, PromptCacheOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaStoreOptions>, MediaStoreOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CachingMetrics>();
        services.TryAddSingleton<IPromptEmbedder, LexicalPromptEmbedder>();
        services.TryAddSingleton(CreateMediaStore);
        services.TryAddSingleton<IPromptCache, TieredPromptCache>();
        return builder;
    }

    /// <summary>
    /// Adds the Caching package and binds <see cref="PromptCacheOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Caching</c>) and <see cref="MediaStoreOptions"/> to its <c>MediaStore</c> subsection. Invalid values
    /// stop the host at start with a message that names the key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddCaching(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddCaching();
        builder.Services.AddOptions<PromptCacheOptions>().Bind(section);
        builder.Services.AddOptions<MediaStoreOptions>().Bind(section.GetSection("MediaStore"));
        return builder;
    }

    /// <summary>
    /// Adds the Caching package and configures <see cref="PromptCacheOptions"/> in code. Invalid values stop the host at
    /// start with a message that names the option.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddCaching(this IVideoPipelineBuilder builder, Action<PromptCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddCaching();
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Configures the built-in media store in code, for example to keep media on disk under a directory.</summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder ConfigureMediaStore(this IVideoPipelineBuilder builder, Action<MediaStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddCaching();
        builder.Services.Configure(configure);
        return builder;
    }

    private static IMediaStore CreateMediaStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MediaStoreOptions>>().Value;
        var metrics = services.GetRequiredService<CachingMetrics>();
        if (string.IsNullOrEmpty(options.RootPath))
        {
            return new InMemoryMediaStore(metrics);
        }

        var loggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        return new FileSystemMediaStore(options, metrics, loggerFactory.CreateLogger<FileSystemMediaStore>());
    }
}
