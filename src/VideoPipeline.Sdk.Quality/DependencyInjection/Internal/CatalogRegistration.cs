using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.DependencyInjection.Internal;

/// <summary>Registers the effective <see cref="ProviderCatalog"/> built from <see cref="QualityOptions"/>, and its validation.</summary>
internal static class CatalogRegistration
{
    public static void AddCatalog(IServiceCollection services)
    {
        services.TryAddSingleton<ConfiguredCatalogCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QualityOptions>, CatalogOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<ConfiguredCatalogCache>()
            .GetOrBuild(provider.GetRequiredService<IOptions<QualityOptions>>().Value)
            .Catalog);
    }
}
