namespace VideoPipeline.Sdk;

/// <summary>
/// A generation provider: a paid API that turns a <see cref="GenerationRequest"/> into media.
/// </summary>
/// <remarks>
/// Implementations are thread-safe and report failures as <see cref="GenerationProviderException"/>, whose
/// <see cref="GenerationProviderException.ErrorKind"/> tells callers whether a retry can help and when.
/// </remarks>
public interface IGenerationProvider
{
    /// <summary>Gets the provider's name, supported media kinds and pricing.</summary>
    GenerationProviderDescriptor Descriptor { get; }

    /// <summary>Generates media for a request.</summary>
    /// <param name="request">The request; its <see cref="GenerationRequest.Provider"/> names this provider.</param>
    /// <param name="cancellationToken">A token to cancel the generation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="GenerationProviderException">The provider failed or refused the request.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default);
}
