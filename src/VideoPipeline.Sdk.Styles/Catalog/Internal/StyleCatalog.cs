using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>The loaded templates, immutable and safe to share between threads: ordered by category then id, found by id ignoring case.</summary>
internal sealed class StyleCatalog
{
    private readonly FrozenDictionary<string, CatalogEntry> _byId;

    public StyleCatalog(IEnumerable<StyleTemplate> templates)
    {
        Entries = [.. templates
            .OrderBy(template => template.Category)
            .ThenBy(template => template.Id, StringComparer.Ordinal)
            .Select(template => new CatalogEntry(template))];
        Templates = [.. Entries.Select(entry => entry.Template)];
        _byId = Entries.ToFrozenDictionary(entry => entry.Template.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IReadOnlyList<StyleTemplate> Templates { get; }

    public CatalogEntry? Find(string templateId) => _byId.GetValueOrDefault(templateId);
}
