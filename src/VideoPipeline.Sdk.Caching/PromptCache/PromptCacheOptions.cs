namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// Options of the prompt cache, bound from the <c>VideoPipeline:Caching</c> configuration section. Invalid values stop the
/// host at start with a message that names the key, the value and the allowed range.
/// </summary>
public sealed class PromptCacheOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Caching</c>.</summary>
    public const string SectionName = "VideoPipeline:Caching";

    /// <summary>The default <see cref="SimilarityThreshold"/>: 0.92, calibrated for the built-in lexical embedder.</summary>
    public const double DefaultSimilarityThreshold = 0.92;

    /// <summary>The smallest allowed byte budget: 1 MiB.</summary>
    public const long MinBudgetBytes = 1L << 20;

    /// <summary>
    /// Gets or sets the bytes the in-memory tier may hold: inline result content (after compression), prompts and embeddings.
    /// Eviction keeps the tier within 5% of it.
    /// </summary>
    /// <value>The default is 256 MiB; the least is 1 MiB.</value>
    public long MemoryBudgetBytes { get; set; } = 256L << 20;

    /// <summary>
    /// Gets or sets the bytes of media-store content the cache may keep referenced: results larger than
    /// <see cref="InlineContentLimitBytes"/> are stored in the <see cref="IMediaStore"/>, de-duplicated by content.
    /// Eviction keeps the cache's share of the store within 5% of it.
    /// </summary>
    /// <value>The default is 10 GiB; the least is 1 MiB.</value>
    public long MediaBudgetBytes { get; set; } = 10L << 30;

    /// <summary>
    /// Gets or sets the largest result content kept inside the in-memory tier; larger content goes to the media store and
    /// the entry keeps a reference to it.
    /// </summary>
    /// <value>The default is 256 KiB; the range is 0 (everything goes to the media store) to 64 MiB.</value>
    public int InlineContentLimitBytes { get; set; } = 256 << 10;

    /// <summary>Gets or sets how entries are chosen for eviction.</summary>
    /// <value>The default is <see cref="CacheEvictionPolicy.CostAware"/>.</value>
    public CacheEvictionPolicy EvictionPolicy { get; set; } = CacheEvictionPolicy.CostAware;

    /// <summary>
    /// Gets or sets the value, in US dollars, of one second of provider time that a hit saves. The cost-aware policy adds it
    /// to the money a hit saves, so that slow free providers are worth caching too.
    /// </summary>
    /// <value>The default is 0.0005 (1.8 dollars an hour); the range is 0 to 1.</value>
    public decimal TimeValuePerSecond { get; set; } = 0.0005m;

    /// <summary>Gets or sets how long an entry stays valid, or <see langword="null"/> for no expiry.</summary>
    /// <value>The default is 7 days; a value must be between 1 second and 365 days.</value>
    public TimeSpan? DefaultTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Gets or sets a value indicating whether a request may be answered by an entry whose prompt is semantically
    /// equivalent and whose every other field (provider, model, kind, size, duration, seed, voice, parameters…) is equal.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool SemanticMatching { get; set; } = true;

    /// <summary>
    /// Gets or sets the least cosine similarity, between the embeddings of two prompts, of a semantic match. A candidate
    /// above it is still refused when the prompts differ in a number or quantity, a negation, a colour, a direction (or time
    /// of day or season), a named entity, the gender of a person, or an opposite attribute (big/small, sunny/rainy).
    /// </summary>
    /// <value>
    /// The default is <see cref="DefaultSimilarityThreshold"/> (0.92), calibrated for the built-in
    /// <see cref="LexicalPromptEmbedder"/> on 445 labelled prompt pairs, where it gave a precision of 100% and a recall of
    /// 94.6%. It leaves a margin of 0.02 above the most similar wrong pair that the conflict checks let through (one noun
    /// changed in a 16-word prompt); one noun changed in a much longer prompt can still score above it. Lower values find
    /// more paraphrases and more wrong hits: at 0.85 the precision was 94%. The range is (0, 1]. Calibrate it again for
    /// another <see cref="IPromptEmbedder"/>, whose similarities have another scale.
    /// </value>
    public double SimilarityThreshold { get; set; } = DefaultSimilarityThreshold;

    /// <summary>
    /// Gets or sets a value indicating whether textual payloads (text, JSON, XML) larger than
    /// <see cref="CompressionThresholdBytes"/> are compressed with Brotli. Media already compressed (PNG, JPEG, MP4, MP3…,
    /// recognised by signature) is always stored as is.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Compression { get; set; } = true;

    /// <summary>Gets or sets the least payload size that is compressed.</summary>
    /// <value>The default is 1 KiB; the range is 64 bytes to 64 MiB.</value>
    public int CompressionThresholdBytes { get; set; } = 1 << 10;

    /// <summary>
    /// Gets or sets how long a failed generation is remembered: callers within this time get the same exception without a
    /// new factory call. <see cref="TimeSpan.Zero"/> caches no failure.
    /// </summary>
    /// <value>The default is <see cref="TimeSpan.Zero"/>; the range is 0 to 1 hour.</value>
    public TimeSpan FailureCacheDuration { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Gets or sets a value indicating whether results whose content fits in <see cref="InlineContentLimitBytes"/> are also
    /// written to, and read from, the <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> registered in
    /// the container (Redis, SQL Server…), keyed by the SHA-256 request key. The host must register one.
    /// </summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool DistributedCache { get; set; }
}
