namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>One request of a <see cref="CacheWorkload"/>.</summary>
/// <param name="Item">The index in <see cref="CacheWorkload.Items"/> of the item requested, or paraphrased.</param>
/// <param name="NearDuplicate">
/// Whether the request is a paraphrase of the item rather than the item itself. A semantic lookup answers it with the
/// item's entry, so the simulation looks up the item's key for it: a hit when the item is cached.
/// </param>
internal readonly record struct WorkloadRequest(int Item, bool NearDuplicate);
