namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>The templates read from one source, in source order, and the built-in ones left out.</summary>
/// <param name="Templates">The templates.</param>
/// <param name="Skipped">The templates left out because their format is not supported (built-in catalog only).</param>
internal sealed record CatalogReadResult(IReadOnlyList<StyleTemplate> Templates, IReadOnlyList<SkippedTemplate> Skipped);
