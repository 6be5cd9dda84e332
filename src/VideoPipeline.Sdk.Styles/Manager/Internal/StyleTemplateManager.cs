using System.Globalization;
using VideoPipeline.Sdk.Styles.Catalog.Internal;
using VideoPipeline.Sdk.Styles.Parameters.Internal;

namespace VideoPipeline.Sdk.Styles.Manager.Internal;

/// <summary>
/// The template manager over an immutable catalog. It holds no mutable state, so every method is safe from any thread.
/// </summary>
internal sealed class StyleTemplateManager : IStyleTemplateManager
{
    private const int QuotedIdLength = 100;

    private readonly StyleCatalog _catalog;
    private readonly SearchableTemplate[] _searchable;
    private readonly SupportedFormats _formats;
    private readonly int _maxScenes;
    private readonly int _maxSceneLength;

    public StyleTemplateManager(StyleCatalog catalog, StylesOptions options)
    {
        _catalog = catalog;
        _searchable = [.. catalog.Templates.Select(template => new SearchableTemplate(template))];
        _formats = SupportedFormats.From(options);
        _maxScenes = options.MaxScenes;
        _maxSceneLength = options.MaxSceneLength;
    }

    public IReadOnlyList<StyleTemplate> GetTemplates() => _catalog.Templates;

    public StyleTemplate? GetTemplate(string templateId)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        return _catalog.Find(templateId)?.Template;
    }

    public IReadOnlyList<StyleTemplate> Search(string text, StyleTemplateFilter? filter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > SearchWords.MaxTextLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The search text has {text.Length:N0} characters; it must have at most {SearchWords.MaxTextLength:N0}."),
                nameof(text));
        }

        var terms = SearchWords.Terms(text);
        var matches = new List<(SearchableTemplate Template, int Score)>();
        foreach (var template in _searchable)
        {
            if (filter is null || template.Passes(filter))
            {
                var score = template.Score(terms);
                if (score > 0)
                {
                    matches.Add((template, score));
                }
            }
        }

        return [.. matches
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Template.Template.Id, StringComparer.Ordinal)
            .Select(match => match.Template.Template)];
    }

    public IReadOnlyList<StyleTemplate> Filter(StyleTemplateFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. _searchable.Where(template => template.Passes(filter)).Select(template => template.Template)];
    }

    public StyleParameters GenerateStyleParameters(string templateId, StyleContext context)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(context);
        var entry = _catalog.Find(templateId) ?? throw new KeyNotFoundException(
            $"The style catalog has no template '{Quote(templateId)}'; GetTemplates() lists the {_catalog.Templates.Count} it has.");
        return StyleParameterGenerator.Generate(entry, context, _formats, _maxScenes, _maxSceneLength);
    }

    private static string Quote(string templateId) => templateId.Length <= QuotedIdLength ? templateId : templateId[..QuotedIdLength] + "…";
}
