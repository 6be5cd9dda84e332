using System.Diagnostics.CodeAnalysis;

namespace VideoPipeline.Sdk;

/// <summary>
/// Resolves the registered generation providers by name. The providers it returns are guarded: a call is checked
/// against the provider's descriptor, bounded by <see cref="VideoPipelineOptions.ProviderTimeout"/>, and measured on the
/// <see cref="VideoPipelineDiagnostics.Pipeline"/> meter.
/// </summary>
public interface IGenerationProviderRegistry
{
    /// <summary>Gets the descriptors of every registered provider, in ordinal order of their names.</summary>
    IReadOnlyList<GenerationProviderDescriptor> Providers { get; }

    /// <summary>Gets a provider by name (case-sensitive).</summary>
    /// <param name="name">The provider's name.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No provider of that name is registered; the message lists the registered ones.</exception>
    IGenerationProvider GetProvider(string name);

    /// <summary>Tries to get a provider by name (case-sensitive).</summary>
    /// <param name="name">The provider's name.</param>
    /// <param name="provider">The provider, when one of that name is registered.</param>
    /// <returns><see langword="true"/> when a provider of that name is registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    bool TryGetProvider(string name, [NotNullWhen(true)] out IGenerationProvider? provider);
}
