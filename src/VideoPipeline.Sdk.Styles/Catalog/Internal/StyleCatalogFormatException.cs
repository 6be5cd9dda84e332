namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>
/// A template source that cannot be loaded: a file that is missing, too large or not JSON, or a template that breaks the
/// schema. The message names the source, the template (its id, or its position when it has no valid id), the field and
/// where it is (a JSON path such as <c>$.templates[2].camera.shots[0]</c>, or a configuration key).
/// </summary>
internal sealed class StyleCatalogFormatException : Exception
{
    public StyleCatalogFormatException()
        : this("A style template source could not be loaded.")
    {
    }

    public StyleCatalogFormatException(string message)
        : base(message)
    {
    }

    public StyleCatalogFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the id of the template at fault, when it has a valid one.</summary>
    public string? TemplateId { get; init; }

    /// <summary>Gets the field at fault, as the source names it (<c>promptTemplate</c> in JSON, <c>AspectRatio</c> in code).</summary>
    public string? Field { get; init; }

    /// <summary>Gets where the fault is: a JSON path, a configuration key or a code path.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the template source: <c>the built-in catalog</c>, a file, <c>configuration</c> or code.</summary>
    public string? CatalogSource { get; init; }
}
