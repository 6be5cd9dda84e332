using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>A template of the catalog with its prompt template parsed once.</summary>
internal sealed class CatalogEntry
{
    public CatalogEntry(StyleTemplate template)
    {
        Template = template;
        Prompt = CompiledPrompt.TryParse(template.PromptTemplate, out var problem)
            ?? throw new ArgumentException($"Template '{template.Id}': {problem}", nameof(template));
    }

    public StyleTemplate Template { get; }

    public CompiledPrompt Prompt { get; }
}
