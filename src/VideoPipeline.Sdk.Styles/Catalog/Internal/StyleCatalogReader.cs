using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>
/// Reads templates in the catalog's JSON schema, strictly: an unknown or repeated field, a missing required field, a value of
/// the wrong type, a value that breaks a template rule (<see cref="TemplateRules"/>), an id used twice, or an aspect ratio or
/// frame rate the host's routes do not offer is a <see cref="StyleCatalogFormatException"/> that names the source, the
/// template, the field and its path. Files use the schema's camel-case names and JSON paths; configuration uses any case,
/// accepts numbers written as text, and reports configuration keys.
/// </summary>
internal sealed class StyleCatalogReader
{
    private static readonly string[] DocumentFields = ["templates"];
    private static readonly string[] TemplateFields =
    [
        "schemaVersion", "id", "name", "category", "description", "tags", "promptTemplate", "negativePrompt", "camera", "lighting",
        "palette", "aspectRatio", "framesPerSecond", "clipSeconds", "transitions", "musicMood", "voiceStyle", "typography",
    ];

    private static readonly string[] TagFields = ["moods", "purposes", "audiences", "platforms"];
    private static readonly string[] CameraFields = ["shots", "movements", "lens"];
    private static readonly string[] ChoiceFields = ["description", "moods"];
    private static readonly string[] PaletteFields = ["colors", "grade"];
    private static readonly string[] TypographyFields = ["fontFamily", "treatment"];
    private static readonly string CategoryNames = string.Join(", ", Enum.GetNames<StyleCategory>().Select(name => name.ToLowerInvariant()));

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    private readonly string _source;
    private readonly bool _fromConfiguration;
    private readonly SupportedFormats _formats;
    private readonly bool _skipUnsupported;
    private readonly StringComparer _names;
    private string? _templateId;
    private string? _templateLabel;

    private StyleCatalogReader(string source, bool fromConfiguration, SupportedFormats formats, bool skipUnsupported)
    {
        _source = source;
        _fromConfiguration = fromConfiguration;
        _formats = formats;
        _skipUnsupported = skipUnsupported;
        _names = fromConfiguration ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }

    /// <summary>Reads a catalog document, <c>{ "templates": [ … ] }</c>.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <param name="source">The source, for messages: <c>the built-in catalog</c> or a file.</param>
    /// <param name="formats">The supported aspect ratios and frame rates.</param>
    /// <param name="skipUnsupported">Whether a template with an unsupported aspect ratio or frame rate is left out rather than an error.</param>
    public static CatalogReadResult ReadDocument(ReadOnlyMemory<byte> json, string source, SupportedFormats formats, bool skipUnsupported)
    {
        var reader = new StyleCatalogReader(source, fromConfiguration: false, formats, skipUnsupported);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new StyleCatalogFormatException($"Style catalog {source} is not valid JSON: {exception.Message}", exception)
            {
                Path = exception.Path,
                CatalogSource = source,
            };
        }

        using (document)
        {
            var fields = reader.ReadObject(document.RootElement, "the document", "$", DocumentFields);
            var templatesPath = reader.Child("$", "templates");
            return reader.ReadTemplates(reader.Required(fields, "templates", "$"), "templates", templatesPath);
        }
    }

    /// <summary>Reads the templates of a configuration section (usually <c>VideoPipeline:Styles:Templates</c>), a list of templates.</summary>
    /// <param name="section">The section.</param>
    /// <param name="formats">The supported aspect ratios and frame rates.</param>
    public static CatalogReadResult ReadConfiguration(IConfigurationSection section, SupportedFormats formats)
    {
        var reader = new StyleCatalogReader("configuration", fromConfiguration: true, formats, skipUnsupported: false);
        using var document = JsonDocument.Parse(ConfigurationJson.Write(section), DocumentOptions);
        return reader.ReadTemplates(document.RootElement, section.Key, section.Path);
    }

    private CatalogReadResult ReadTemplates(JsonElement list, string field, string path)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, path, $"is {Kind(list)}; it must be a list of templates");
        }

        var templates = new List<StyleTemplate>();
        var skipped = new List<SkippedTemplate>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var templatePath = Index(path, index);
            _templateId = PeekId(element);
            _templateLabel = _templateId is null ? $"#{index}" : $"'{_templateId}'";
            var template = ReadTemplate(element, templatePath, out var unsupported);
            if (!indexById.TryAdd(template.Id, index))
            {
                throw Error(Name("id"), Child(templatePath, Name("id")),
                    $"is \"{template.Id}\"; it must be unique in the source, and template #{indexById[template.Id]} has it too");
            }

            if (unsupported is null)
            {
                templates.Add(template);
            }
            else
            {
                skipped.Add(unsupported);
            }

            index++;
        }

        _templateId = null;
        _templateLabel = null;
        return new CatalogReadResult(templates, skipped);
    }

    private StyleTemplate ReadTemplate(JsonElement element, string path, out SkippedTemplate? unsupported)
    {
        var fields = ReadObject(element, "the template", path, TemplateFields);
        var schemaVersion = ReadInteger(fields, "schemaVersion", path);
        Check(TemplateRules.CheckSchemaVersion(schemaVersion), "schemaVersion", path, schemaVersion);
        var id = ReadText(fields, "id", path, TemplateRules.CheckId);
        var name = ReadText(fields, "name", path, value => TemplateRules.CheckText(value, TemplateRules.MaxNameLength));
        var category = ReadCategory(fields, path);
        var description = ReadText(fields, "description", path, value => TemplateRules.CheckText(value, TemplateRules.MaxDescriptionLength));
        var tags = Optional(fields, "tags") is { } tagsElement ? ReadTags(tagsElement, Child(path, Name("tags"))) : new StyleTags();
        var promptTemplate = ReadText(fields, "promptTemplate", path, CheckPromptTemplate);
        var negativePrompt = Optional(fields, "negativePrompt") is { } negative
            ? ReadText(negative, Name("negativePrompt"), Child(path, Name("negativePrompt")), value => TemplateRules.CheckOptionalText(value, TemplateRules.MaxPromptLength))
            : string.Empty;
        var camera = ReadCamera(Required(fields, "camera", path), Child(path, Name("camera")));
        var lighting = ReadChoices(Required(fields, "lighting", path), Name("lighting"), Child(path, Name("lighting")));
        var palette = ReadPalette(Required(fields, "palette", path), Child(path, Name("palette")));
        var aspectRatioText = ReadText(fields, "aspectRatio", path, value => AspectRatio.TryParse(value, out _)
            ? null
            : $"it must be an aspect ratio: two whole numbers from 1 to {AspectRatio.MaxTerm} separated by a colon, such as 16:9");
        var aspectRatio = AspectRatio.Parse(aspectRatioText);
        var framesPerSecond = ReadNumber(fields, "framesPerSecond", path);
        Check(TemplateRules.CheckFramesPerSecond(framesPerSecond), "framesPerSecond", path, framesPerSecond);
        var clipSeconds = ReadNumber(fields, "clipSeconds", path);
        Check(TemplateRules.CheckClipSeconds(clipSeconds), "clipSeconds", path, clipSeconds);
        var transitions = Optional(fields, "transitions") is { } transitionsElement
            ? ReadPhrases(transitionsElement, Name("transitions"), Child(path, Name("transitions")), 0, TemplateRules.MaxChoices)
            : [];
        var musicMood = ReadText(fields, "musicMood", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        var voiceStyle = ReadText(fields, "voiceStyle", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        var typography = Optional(fields, "typography") is { } typographyElement ? ReadTypography(typographyElement, Child(path, Name("typography"))) : null;

        unsupported = null;
        if (!_formats.Supports(aspectRatio))
        {
            unsupported = Unsupported(nameof(StylesOptions.SupportedAspectRatios), "aspectRatio", path, aspectRatioText, _formats.AspectRatioProblem);
        }
        else if (!_formats.Supports(framesPerSecond))
        {
            unsupported = Unsupported(nameof(StylesOptions.SupportedFramesPerSecond), "framesPerSecond", path, framesPerSecond, _formats.FramesPerSecondProblem);
        }

        return Build(path, () => new StyleTemplate
        {
            SchemaVersion = schemaVersion,
            Id = id,
            Name = name,
            Category = category,
            Description = description,
            Tags = tags,
            PromptTemplate = promptTemplate,
            NegativePrompt = negativePrompt,
            Camera = camera,
            Lighting = lighting,
            Palette = palette,
            AspectRatio = aspectRatio,
            FramesPerSecond = framesPerSecond,
            ClipDuration = TimeSpan.FromSeconds(clipSeconds),
            Transitions = transitions,
            MusicMood = musicMood,
            VoiceStyle = voiceStyle,
            Typography = typography,
        });
    }

    private static string? CheckPromptTemplate(string value)
    {
        if (TemplateRules.CheckText(value, TemplateRules.MaxPromptLength) is { } problem)
        {
            return problem;
        }

        CompiledPrompt.TryParse(value, out problem);
        return problem;
    }

    private SkippedTemplate Unsupported(string optionKey, string field, string path, object value, string problem) =>
        _skipUnsupported
            ? new SkippedTemplate(_templateId!, optionKey, TemplateRules.Describe(value))
            : throw Error(Name(field), Child(path, Name(field)), $"is {TemplateRules.Describe(value)}; {problem}");

    private StyleCategory ReadCategory(Dictionary<string, JsonElement> fields, string path)
    {
        var text = ReadText(fields, "category", path, value => TryParseCategory(value, out _) ? null : $"it must be one of {CategoryNames}");
        return TryParseCategory(text, out var category) ? category : throw new InvalidOperationException("The category was checked.");
    }

    private bool TryParseCategory(string text, out StyleCategory category)
    {
        foreach (var candidate in Enum.GetValues<StyleCategory>())
        {
            if (_names.Equals(candidate.ToString().ToLowerInvariant(), text))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }

    private StyleTags ReadTags(JsonElement element, string path)
    {
        var fields = ReadObject(element, Name("tags"), path, TagFields);
        string[] Tags(string field) => Optional(fields, field) is { } list ? ReadTagList(list, Name(field), Child(path, Name(field))) : [];
        var moods = Tags("moods");
        var purposes = Tags("purposes");
        var audiences = Tags("audiences");
        var platforms = Tags("platforms");
        return Build(path, () => new StyleTags { Moods = moods, Purposes = purposes, Audiences = audiences, Platforms = platforms });
    }

    private CameraStyle ReadCamera(JsonElement element, string path)
    {
        var fields = ReadObject(element, Name("camera"), path, CameraFields);
        var shots = ReadPhrases(Required(fields, "shots", path), Name("shots"), Child(path, Name("shots")), 1, TemplateRules.MaxChoices);
        var movements = ReadChoices(Required(fields, "movements", path), Name("movements"), Child(path, Name("movements")));
        var lens = ReadText(fields, "lens", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        return Build(path, () => new CameraStyle { Shots = shots, Movements = movements, Lens = lens });
    }

    private StyleChoice[] ReadChoices(JsonElement element, string field, string path)
    {
        var items = ReadList(element, field, path, 1, TemplateRules.MaxChoices);
        var choices = new StyleChoice[items.Count];
        for (var index = 0; index < choices.Length; index++)
        {
            var itemPath = Index(path, index);
            var fields = ReadObject(items[index], $"{field}[{index}]", itemPath, ChoiceFields);
            var description = ReadText(fields, "description", itemPath, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
            var moods = Optional(fields, "moods") is { } list ? ReadTagList(list, Name("moods"), Child(itemPath, Name("moods"))) : [];
            choices[index] = Build(itemPath, () => new StyleChoice { Description = description, Moods = moods });
        }

        return choices;
    }

    private ColorPalette ReadPalette(JsonElement element, string path)
    {
        var fields = ReadObject(element, Name("palette"), path, PaletteFields);
        var colorsPath = Child(path, Name("colors"));
        var items = ReadList(Required(fields, "colors", path), Name("colors"), colorsPath, 1, TemplateRules.MaxChoices);
        var colors = new string[items.Count];
        for (var index = 0; index < colors.Length; index++)
        {
            colors[index] = ReadText(items[index], $"{Name("colors")}[{index}]", Index(colorsPath, index), TemplateRules.CheckColor);
        }

        var grade = ReadText(fields, "grade", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        return Build(path, () => new ColorPalette { Colors = colors, Grade = grade });
    }

    private Typography ReadTypography(JsonElement element, string path)
    {
        var fields = ReadObject(element, Name("typography"), path, TypographyFields);
        var fontFamily = ReadText(fields, "fontFamily", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        var treatment = ReadText(fields, "treatment", path, value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        return Build(path, () => new Typography { FontFamily = fontFamily, Treatment = treatment });
    }

    private string[] ReadPhrases(JsonElement element, string field, string path, int minCount, int maxCount)
    {
        var items = ReadList(element, field, path, minCount, maxCount);
        var phrases = new string[items.Count];
        for (var index = 0; index < phrases.Length; index++)
        {
            phrases[index] = ReadText(items[index], $"{field}[{index}]", Index(path, index), value => TemplateRules.CheckText(value, TemplateRules.MaxPhraseLength));
        }

        return phrases;
    }

    private string[] ReadTagList(JsonElement element, string field, string path)
    {
        var items = ReadList(element, field, path, 0, TemplateRules.MaxTagsPerKind);
        var tags = new string[items.Count];
        for (var index = 0; index < tags.Length; index++)
        {
            tags[index] = ReadText(items[index], $"{field}[{index}]", Index(path, index), TemplateRules.CheckTag);
        }

        return tags;
    }

    private List<JsonElement> ReadList(JsonElement element, string field, string path, int minCount, int maxCount)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, path, $"is {Kind(element)}; it must be a list");
        }

        var items = element.EnumerateArray().ToList();
        if (TemplateRules.CheckCount(items.Count, minCount, maxCount) is { } problem)
        {
            throw Error(field, path, $"has {items.Count} item(s); {problem}");
        }

        return items;
    }

    private Dictionary<string, JsonElement> ReadObject(JsonElement element, string field, string path, string[] knownFields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(field, path, $"is {Kind(element)}; it must be an object");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var known = Array.Find(knownFields, name => _names.Equals(name, property.Name));
            if (known is null)
            {
                throw Error(property.Name, Child(path, property.Name),
                    $"is not a field of schema version {StyleTemplate.CurrentSchemaVersion}; the fields here are {string.Join(", ", knownFields.Select(Name))}");
            }

            if (!fields.TryAdd(known, property.Value))
            {
                throw Error(property.Name, Child(path, property.Name), "appears more than once; each field must appear once");
            }
        }

        return fields;
    }

    private JsonElement Required(Dictionary<string, JsonElement> fields, string field, string objectPath) =>
        fields.TryGetValue(field, out var value) ? value : throw Error(Name(field), Child(objectPath, Name(field)), "is missing; it is required");

    private static JsonElement? Optional(Dictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value) ? value : null;

    private string ReadText(Dictionary<string, JsonElement> fields, string field, string objectPath, Func<string, string?> check) =>
        ReadText(Required(fields, field, objectPath), Name(field), Child(objectPath, Name(field)), check);

    private string ReadText(JsonElement element, string field, string path, Func<string, string?> check)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error(field, path, $"is {Kind(element)}; it must be text");
        }

        var text = element.GetString()!;
        if (check(text) is { } problem)
        {
            throw Error(field, path, $"is {TemplateRules.Describe(text)}; {problem}");
        }

        return text;
    }

    private double ReadNumber(Dictionary<string, JsonElement> fields, string field, string objectPath)
    {
        var element = Required(fields, field, objectPath);
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var number))
        {
            return number;
        }

        if (_fromConfiguration && element.ValueKind == JsonValueKind.String
            && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw Error(Name(field), Child(objectPath, Name(field)), $"is {Kind(element)}; it must be a number");
    }

    private int ReadInteger(Dictionary<string, JsonElement> fields, string field, string objectPath)
    {
        var number = ReadNumber(fields, field, objectPath);
        return number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw Error(Name(field), Child(objectPath, Name(field)), $"is {TemplateRules.Describe(number)}; it must be a whole number");
    }

    private void Check(string? problem, string field, string objectPath, object value)
    {
        if (problem is not null)
        {
            throw Error(Name(field), Child(objectPath, Name(field)), $"is {TemplateRules.Describe(value)}; {problem}");
        }
    }

    /// <summary>Builds a model object; the reader checks every rule first, so a failure here is reported, not expected.</summary>
    private T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception)
        {
            throw Error(exception.ParamName ?? "the template", path, $"is invalid: {exception.Message}");
        }
    }

    private string? PeekId(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (_names.Equals(property.Name, "id") && property.Value.ValueKind == JsonValueKind.String
                && property.Value.GetString() is { } id && TemplateRules.CheckId(id) is null)
            {
                return id;
            }
        }

        return null;
    }

    private StyleCatalogFormatException Error(string field, string path, string statement)
    {
        var subject = _templateLabel is null ? $"Style catalog {_source}" : $"Style template {_templateLabel} in {_source}";
        return new StyleCatalogFormatException($"{subject}: {field} at {path} {statement}.")
        {
            TemplateId = _templateId,
            Field = field,
            Path = path,
            CatalogSource = _source,
        };
    }

    /// <summary>The name of a schema field as this source writes it: camel case in files, Pascal case in configuration.</summary>
    private string Name(string field) => _fromConfiguration ? string.Concat(char.ToUpperInvariant(field[0]).ToString(), field.AsSpan(1)) : field;

    private string Child(string path, string name) => _fromConfiguration ? $"{path}:{name}" : $"{path}.{name}";

    private string Index(string path, int index) =>
        _fromConfiguration ? string.Create(CultureInfo.InvariantCulture, $"{path}:{index}") : string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => TemplateRules.Describe(element.GetString()),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
