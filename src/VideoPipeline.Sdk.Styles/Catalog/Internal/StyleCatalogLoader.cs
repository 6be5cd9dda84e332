using System.Globalization;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Styles.Diagnostics.Internal;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>
/// Loads the catalog from its sources in order: the built-in templates, <see cref="StylesOptions.TemplateFiles"/>, the
/// configuration's templates, then <see cref="StylesOptions.Templates"/>. A later template with the same id replaces an
/// earlier one; an id twice in one source is an error.
/// </summary>
internal static class StyleCatalogLoader
{
    /// <summary>The largest template file read: 4 MiB.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    public const string BuiltInSource = "the built-in catalog";

    private const string BuiltInResourceName = "VideoPipeline.Sdk.Styles.BuiltInTemplates.json";
    private const string CodeSource = $"{nameof(StylesOptions)}.{nameof(StylesOptions.Templates)}";

    public static StyleCatalog Load(StylesOptions options, ILogger logger)
    {
        var formats = SupportedFormats.From(options);
        var templates = new Dictionary<string, StyleTemplate>(StringComparer.Ordinal);
        if (options.UseBuiltInTemplates)
        {
            var builtIn = StyleCatalogReader.ReadDocument(ReadBuiltInCatalog(), BuiltInSource, formats, skipUnsupported: true);
            foreach (var skipped in builtIn.Skipped)
            {
                Log.BuiltInTemplateLeftOut(logger, skipped.TemplateId, skipped.Value, skipped.OptionKey);
            }

            AddAll(templates, builtIn.Templates);
        }

        for (var index = 0; index < options.TemplateFiles.Count; index++)
        {
            var (path, json) = ReadFile(options.TemplateFiles[index], index);
            var source = string.Create(CultureInfo.InvariantCulture, $"{path} ({StylesOptions.SectionName}:{nameof(StylesOptions.TemplateFiles)}:{index})");
            AddAll(templates, StyleCatalogReader.ReadDocument(json, source, formats, skipUnsupported: false).Templates);
        }

        if (options.ConfigurationTemplates is { } section)
        {
            AddAll(templates, StyleCatalogReader.ReadConfiguration(section, formats).Templates);
        }

        AddAll(templates, CheckCodeTemplates(options.Templates, formats));
        Log.CatalogLoaded(logger, templates.Count);
        return new StyleCatalog(templates.Values);
    }

    /// <summary>Reads the built-in catalog's JSON from the assembly.</summary>
    public static byte[] ReadBuiltInCatalog()
    {
        using var stream = typeof(StyleCatalogLoader).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"The assembly has no resource {BuiltInResourceName}.");
        using var buffer = new MemoryStream((int)stream.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void AddAll(Dictionary<string, StyleTemplate> templates, IEnumerable<StyleTemplate> source)
    {
        foreach (var template in source)
        {
            templates[template.Id] = template;
        }
    }

    private static (string Path, byte[] Json) ReadFile(string configuredPath, int index)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{StylesOptions.SectionName}:{nameof(StylesOptions.TemplateFiles)}:{index}");
        StyleCatalogFormatException Unreadable(string rule, Exception? inner = null) =>
            new($"{key} is '{configuredPath}'; {rule}.", inner) { Path = key, CatalogSource = configuredPath };

        try
        {
            var path = Path.GetFullPath(configuredPath);
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw Unreadable(string.Create(CultureInfo.InvariantCulture, $"it must be a template file of at most {MaxFileBytes:N0} bytes (4 MiB); it has {length:N0}"));
            }

            return (path, File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable($"it must be a readable template file: {exception.Message}", exception);
        }
    }

    private static List<StyleTemplate> CheckCodeTemplates(IList<StyleTemplate> templates, SupportedFormats formats)
    {
        var checkedTemplates = new List<StyleTemplate>(templates.Count);
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < templates.Count; index++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{CodeSource}[{index}]");
            var template = templates[index] ?? throw new StyleCatalogFormatException($"{path} is null; it must be a template.") { Path = path, CatalogSource = CodeSource };
            StyleCatalogFormatException Error(string field, object value, string problem) =>
                new($"Style template '{template.Id}' in {CodeSource}: {field} at {path}.{field} is {TemplateRules.Describe(value)}; {problem}.")
                {
                    TemplateId = template.Id,
                    Field = field,
                    Path = $"{path}.{field}",
                    CatalogSource = CodeSource,
                };

            if (!formats.Supports(template.AspectRatio))
            {
                throw Error(nameof(StyleTemplate.AspectRatio), template.AspectRatio.ToString(), formats.AspectRatioProblem);
            }

            if (!formats.Supports(template.FramesPerSecond))
            {
                throw Error(nameof(StyleTemplate.FramesPerSecond), template.FramesPerSecond, formats.FramesPerSecondProblem);
            }

            if (!indexById.TryAdd(template.Id, index))
            {
                throw Error(nameof(StyleTemplate.Id), template.Id, $"it must be unique in the source, and template #{indexById[template.Id]} has it too");
            }

            checkedTemplates.Add(template);
        }

        return checkedTemplates;
    }
}
