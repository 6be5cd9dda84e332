namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>The result of loading the catalog for one options instance: the catalog, or why it could not be loaded.</summary>
/// <param name="Catalog">The catalog, or <see langword="null"/> when loading failed.</param>
/// <param name="Error">Why loading failed, or <see langword="null"/>.</param>
internal sealed record CatalogLoadOutcome(StyleCatalog? Catalog, StyleCatalogFormatException? Error);
