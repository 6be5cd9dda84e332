using Microsoft.Extensions.Hosting;

namespace VideoPipeline.Sdk.Providers.Internal;

/// <summary>
/// Builds the provider registry when the host starts, so that a misregistration (two providers of one name, a provider
/// without a descriptor) stops the host at start rather than failing the first request.
/// </summary>
internal sealed class ProviderRegistryStartupCheck(IGenerationProviderRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = registry.Providers;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
