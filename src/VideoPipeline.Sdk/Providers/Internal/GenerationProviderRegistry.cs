using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Providers.Internal;

/// <summary>
/// The registry of providers: built once from every registered <see cref="IGenerationProvider"/>, immutable afterwards
/// (a frozen dictionary), so lookups are lock-free.
/// </summary>
internal sealed class GenerationProviderRegistry : IGenerationProviderRegistry
{
    private readonly FrozenDictionary<string, IGenerationProvider> _providers;

    public GenerationProviderRegistry(
        IEnumerable<IGenerationProvider> providers,
        IOptionsMonitor<VideoPipelineOptions> options,
        ProviderMetrics metrics,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null)
    {
        var logger = (ILogger?)loggerFactory?.CreateLogger<GenerationProviderRegistry>() ?? NullLogger<GenerationProviderRegistry>.Instance;
        var byName = new Dictionary<string, IGenerationProvider>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            var descriptor = provider.Descriptor
                ?? throw new InvalidOperationException($"Generation provider {provider.GetType().FullName} has no descriptor.");
            if (byName.TryGetValue(descriptor.Name, out var existing))
            {
                throw new InvalidOperationException(
                    $"Two generation providers are named '{descriptor.Name}' ({existing.GetType().FullName} and {provider.GetType().FullName}); "
                    + "provider names must be unique.");
            }

            byName.Add(descriptor.Name, provider);
        }

        _providers = byName.ToFrozenDictionary(
            pair => pair.Key,
            pair => (IGenerationProvider)new GuardedGenerationProvider(pair.Value, options, metrics, timeProvider, logger),
            StringComparer.Ordinal);
        Providers = [.. byName.Values.Select(p => p.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<GenerationProviderDescriptor> Providers { get; }

    public IGenerationProvider GetProvider(string name)
    {
        if (TryGetProvider(name, out var provider))
        {
            return provider;
        }

        var registered = Providers.Count == 0 ? "none" : string.Join(", ", Providers.Select(d => d.Name));
        throw new ArgumentException(
            $"No generation provider named '{name}' is registered (registered: {registered}). Register one with builder.AddProvider(...).",
            nameof(name));
    }

    public bool TryGetProvider(string name, [NotNullWhen(true)] out IGenerationProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _providers.TryGetValue(name, out provider);
    }
}
