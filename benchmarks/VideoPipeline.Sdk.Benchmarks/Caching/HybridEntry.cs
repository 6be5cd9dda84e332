using System.ComponentModel;

namespace VideoPipeline.Sdk.Benchmarks.Caching;

/// <summary>A result wrapped for <c>HybridCache</c>: sealed and marked immutable, so its L1 tier returns the same instance.</summary>
/// <param name="Value">The cached result.</param>
[ImmutableObject(true)]
public sealed record HybridEntry(GenerationResult Value);
