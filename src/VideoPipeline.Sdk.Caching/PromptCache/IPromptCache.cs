namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// A cache of generation results keyed by request: an exact match on the canonical request key first, then an optional
/// semantic match on the prompt among entries whose every other field is equal, then the provider.
/// </summary>
/// <remarks>
/// Implementations are thread-safe. Concurrent <see cref="GetOrGenerateAsync"/> calls for the same request share one
/// generation (single flight); a failed or cancelled generation is not cached.
/// </remarks>
public interface IPromptCache
{
    /// <summary>
    /// Returns the cached result of <paramref name="request"/>, or of a semantically equivalent request, or generates it
    /// with <paramref name="factory"/> and caches it. Concurrent callers for the same request cause one factory call.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="factory">
    /// Generates the result on a miss. It receives a token that is cancelled only when every caller waiting for this
    /// generation has cancelled.
    /// </param>
    /// <param name="options">Per-entry options, or <see langword="null"/> for the defaults of <see cref="PromptCacheOptions"/>.</param>
    /// <param name="cancellationToken">Cancels this caller's wait. The generation goes on while other callers still wait for it.</param>
    /// <returns>The result and where it came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds an invalid value; the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Exceptions thrown by <paramref name="factory"/> reach every caller that waited for that generation.</remarks>
    ValueTask<PromptCacheResult> GetOrGenerateAsync(
        GenerationRequest request,
        Func<GenerationRequest, CancellationToken, ValueTask<GenerationResult>> factory,
        PromptCacheEntryOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Looks a request up without generating anything.</summary>
    /// <param name="request">The request.</param>
    /// <param name="minSimilarity">
    /// The least cosine similarity a semantic match must have, in (0, 1]; <see langword="null"/> uses
    /// <see cref="PromptCacheOptions.SimilarityThreshold"/> (or no semantic match when
    /// <see cref="PromptCacheOptions.SemanticMatching"/> is off).
    /// </param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The cached result, or <see langword="null"/> on a miss.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minSimilarity"/> is outside (0, 1].</exception>
    ValueTask<PromptCacheResult?> TryGetAsync(GenerationRequest request, double? minSimilarity = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a result for a request, replacing any entry for the same request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="result">The result to store. Its content is read once, now.</param>
    /// <param name="options">Per-entry options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the store; nothing is stored then.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The result's kind differs from the request's, or <paramref name="options"/> holds an invalid value; the message names it.
    /// </exception>
    ValueTask SetAsync(GenerationRequest request, GenerationResult result, PromptCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry of exactly this request from every tier.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns><see langword="true"/> when an in-memory entry was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<bool> RemoveAsync(GenerationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry stored with <paramref name="tag"/>, in every tier.</summary>
    /// <param name="tag">The tag (see <see cref="PromptCacheEntryOptions.Tags"/>).</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>The number of in-memory entries removed.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is <see langword="null"/>, empty or white space.</exception>
    ValueTask<int> RemoveByTagAsync(string tag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every entry of a provider, or of one of its models when <paramref name="model"/> is given, in every tier:
    /// call it when a provider changes a model's version behind the same name.
    /// </summary>
    /// <param name="provider">The provider name (ordinal, case-sensitive).</param>
    /// <param name="model">The model id, or <see langword="null"/> for every model of the provider.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>The number of in-memory entries removed.</returns>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is empty or white space, or <paramref name="model"/> is empty.</exception>
    ValueTask<int> RemoveByProviderAsync(string provider, string? model = null, CancellationToken cancellationToken = default);

    /// <summary>Returns a snapshot of the cache's counters. Cheap: it reads counters and allocates one object.</summary>
    /// <returns>The statistics since the cache was created.</returns>
    PromptCacheStatistics GetStatistics();
}
