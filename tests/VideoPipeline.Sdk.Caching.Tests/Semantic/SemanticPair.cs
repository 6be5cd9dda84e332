namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>One row of the labelled evaluation set: whether a cached prompt may answer a requested one.</summary>
/// <param name="Line">The line number in the file, for messages.</param>
/// <param name="ShouldMatch">Whether the cached result may answer the request.</param>
/// <param name="Category">What differs between the prompts.</param>
/// <param name="Cached">The prompt of the cached entry.</param>
/// <param name="Requested">The prompt of the request.</param>
internal sealed record SemanticPair(int Line, bool ShouldMatch, string Category, string Cached, string Requested);
