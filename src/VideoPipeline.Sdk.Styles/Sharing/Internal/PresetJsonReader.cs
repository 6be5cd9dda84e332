using System.Globalization;
using System.Text.Json;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Sharing.Internal;

/// <summary>
/// Reads presets from JSON strictly: field names are case-sensitive, an unknown or repeated field, a value of the wrong kind
/// or a value that breaks a rule is a <see cref="FormatException"/> that names the source, the field and its JSON path, and a
/// newer schema version is refused before anything else is read. Comments and trailing commas are not allowed.
/// </summary>
internal static class PresetJsonReader
{
    /// <summary>The largest bundle text read: 64 MiB.</summary>
    public const int MaxBundleLength = 64 * 1024 * 1024;

    public static List<StylePreset> ReadBundle(string json, string source)
    {
        if (json.Length > MaxBundleLength)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{source} has {json.Length:N0} characters; a bundle may have at most {MaxBundleLength:N0}."));
        }

        using var document = Parse(json, source);

        // A newer schema is refused before its fields are read: its unknown fields are expected, not errors.
        if (NewerSchemaVersion(document.RootElement) is { } newer)
        {
            throw new FormatException($"This bundle was written by a newer schema ({newer}); this version reads {StylePreset.CurrentSchemaVersion}.");
        }

        var fields = ReadObject(document.RootElement, "the bundle", "$", PresetJsonFields.Bundle, source);
        var schemaVersion = ReadInteger(Required(fields, PresetJsonFields.SchemaVersion, "$", source), PresetJsonFields.SchemaVersion, "$.schemaVersion", source);
        CheckSchemaVersion(schemaVersion, "$.schemaVersion", source);
        var list = Required(fields, PresetJsonFields.Presets, "$", source);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Error(source, PresetJsonFields.Presets, "$.presets", $"is {Kind(list)}; it must be a list");
        }

        var presets = new List<StylePreset>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            presets.Add(ReadPreset(element, string.Create(CultureInfo.InvariantCulture, $"$.presets[{index}]"), source));
            index++;
        }

        return presets;
    }

    public static StylePreset ReadPreset(string json, string source)
    {
        using var document = Parse(json, source);
        return ReadPreset(document.RootElement, "$", source);
    }

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{source} is not valid JSON: {exception.Message}", exception);
        }
    }

    private static StylePreset ReadPreset(JsonElement element, string path, string source)
    {
        if (NewerSchemaVersion(element) is { } newer)
        {
            throw new FormatException($"{source}: the preset at {path} was written by a newer schema ({newer}); this version reads {StylePreset.CurrentSchemaVersion}.");
        }

        var fields = ReadObject(element, "the preset", path, PresetJsonFields.Preset, source);
        CheckSchemaVersion(ReadInteger(Required(fields, PresetJsonFields.SchemaVersion, path, source), PresetJsonFields.SchemaVersion, $"{path}.schemaVersion", source), $"{path}.schemaVersion", source);
        var id = ReadString(fields, PresetJsonFields.Id, path, source)!;
        var templateId = ReadString(fields, PresetJsonFields.TemplateId, path, source)!;
        var owner = ReadString(fields, PresetJsonFields.Owner, path, source)!;
        var visibilityText = ReadString(fields, PresetJsonFields.Visibility, path, source, required: false);
        var visibility = visibilityText switch
        {
            null or "private" => PresetVisibility.Private,
            "public" => PresetVisibility.Public,
            _ => throw Error(source, PresetJsonFields.Visibility, $"{path}.visibility", $"is {TemplateRules.Describe(visibilityText)}; it must be private or public"),
        };
        var name = ReadString(fields, PresetJsonFields.Name, path, source)!;
        var description = ReadString(fields, PresetJsonFields.Description, path, source, required: false) ?? string.Empty;
        var tags = fields.TryGetValue(PresetJsonFields.Tags, out var tagsElement) ? ReadTags(tagsElement, $"{path}.tags", source) : new StyleTags();
        var overrides = fields.TryGetValue(PresetJsonFields.Overrides, out var overridesElement) ? ReadOverrides(overridesElement, $"{path}.overrides", source) : new StyleOverrides();
        var storedVersion = fields.TryGetValue(PresetJsonFields.Version, out var versionElement) ? ReadLong(versionElement, PresetJsonFields.Version, $"{path}.version", source) : 0;
        var createdAt = ReadTime(fields, PresetJsonFields.CreatedAt, path, source);
        var updatedAt = ReadTime(fields, PresetJsonFields.UpdatedAt, path, source);
        return Build(path, source, () => new StylePreset
        {
            Id = id,
            TemplateId = templateId,
            Owner = owner,
            Visibility = visibility,
            Name = name,
            Description = description,
            Tags = tags,
            Overrides = overrides,
            Version = storedVersion,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        });
    }

    private static int? NewerSchemaVersion(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(PresetJsonFields.SchemaVersion, out var version)
        && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number) && number > StylePreset.CurrentSchemaVersion
            ? number
            : null;

    private static StyleTags ReadTags(JsonElement element, string path, string source)
    {
        var fields = ReadObject(element, PresetJsonFields.Tags, path, PresetJsonFields.TagKinds, source);
        string[] Tags(string kind) => fields.TryGetValue(kind, out var list) ? ReadStrings(list, kind, $"{path}.{kind}", source) : [];
        var moods = Tags(PresetJsonFields.Moods);
        var purposes = Tags(PresetJsonFields.Purposes);
        var audiences = Tags(PresetJsonFields.Audiences);
        var platforms = Tags(PresetJsonFields.Platforms);
        return Build(path, source, () => new StyleTags { Moods = moods, Purposes = purposes, Audiences = audiences, Platforms = platforms });
    }

    private static StyleOverrides ReadOverrides(JsonElement element, string path, string source)
    {
        var fields = ReadObject(element, PresetJsonFields.Overrides, path, PresetJsonFields.OverrideFields, source);
        string? Text(string field) => ReadString(fields, field, path, source, required: false);
        var promptSuffix = Text(PresetJsonFields.PromptSuffix);
        var negativePromptAddition = Text(PresetJsonFields.NegativePromptAddition);
        var cameraMovement = Text(PresetJsonFields.CameraMovement);
        var lighting = Text(PresetJsonFields.Lighting);
        var colorGrade = Text(PresetJsonFields.ColorGrade);
        var aspectRatioText = Text(PresetJsonFields.AspectRatio);
        AspectRatio? aspectRatio = aspectRatioText is null ? null
            : AspectRatio.TryParse(aspectRatioText, out var ratio) ? ratio
            : throw Error(source, PresetJsonFields.AspectRatio, $"{path}.aspectRatio", $"is {TemplateRules.Describe(aspectRatioText)}; it must be two whole numbers from 1 to {AspectRatio.MaxTerm} separated by a colon, such as 16:9");
        double? framesPerSecond = fields.TryGetValue(PresetJsonFields.FramesPerSecond, out var rate)
            ? rate.ValueKind == JsonValueKind.Number && rate.TryGetDouble(out var number) ? number
                : throw Error(source, PresetJsonFields.FramesPerSecond, $"{path}.framesPerSecond", $"is {Kind(rate)}; it must be a number")
            : null;
        TimeSpan? clipDuration = fields.TryGetValue(PresetJsonFields.ClipSeconds, out var clip) ? ReadClip(clip, $"{path}.clipSeconds", source) : null;
        var musicMood = Text(PresetJsonFields.MusicMood);
        var voiceStyle = Text(PresetJsonFields.VoiceStyle);
        return Build(path, source, () => new StyleOverrides
        {
            PromptSuffix = promptSuffix,
            NegativePromptAddition = negativePromptAddition,
            CameraMovement = cameraMovement,
            Lighting = lighting,
            ColorGrade = colorGrade,
            AspectRatio = aspectRatio,
            FramesPerSecond = framesPerSecond,
            ClipDuration = clipDuration,
            MusicMood = musicMood,
            VoiceStyle = voiceStyle,
        });
    }

    private static TimeSpan ReadClip(JsonElement element, string path, string source)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var seconds))
        {
            var ticks = seconds * TimeSpan.TicksPerSecond;
            if (ticks == decimal.Truncate(ticks) && TemplateRules.CheckClipSeconds((double)seconds) is null)
            {
                return TimeSpan.FromTicks((long)ticks);
            }

            throw Error(source, PresetJsonFields.ClipSeconds, path,
                $"is {element.GetRawText()}; it must be between {TemplateRules.MinClipDuration.TotalSeconds} and {TemplateRules.MaxClipDuration.TotalSeconds} seconds, in steps of at most 7 decimals");
        }

        throw Error(source, PresetJsonFields.ClipSeconds, path, $"is {Kind(element)}; it must be a number");
    }

    private static DateTimeOffset ReadTime(Dictionary<string, JsonElement> fields, string field, string objectPath, string source)
    {
        if (!fields.TryGetValue(field, out var element))
        {
            return default;
        }

        return element.ValueKind == JsonValueKind.String && element.TryGetDateTimeOffset(out var time)
            ? time
            : throw Error(source, field, $"{objectPath}.{field}", $"is {Kind(element)}; it must be an ISO 8601 time with an offset, such as 2025-01-31T09:30:00+00:00");
    }

    private static string[] ReadStrings(JsonElement element, string field, string path, string source)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error(source, field, path, $"is {Kind(element)}; it must be a list");
        }

        var items = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Error(source, $"{field}[{items.Count}]", $"{path}[{items.Count}]", $"is {Kind(item)}; it must be text"));
        }

        return [.. items];
    }

    private static string? ReadString(Dictionary<string, JsonElement> fields, string field, string objectPath, string source, bool required = true)
    {
        if (!fields.TryGetValue(field, out var element))
        {
            return required ? throw Error(source, field, $"{objectPath}.{field}", "is missing; it is required") : null;
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw Error(source, field, $"{objectPath}.{field}", $"is {Kind(element)}; it must be text");
    }

    private static JsonElement Required(Dictionary<string, JsonElement> fields, string field, string objectPath, string source) =>
        fields.TryGetValue(field, out var value) ? value : throw Error(source, field, $"{objectPath}.{field}", "is missing; it is required");

    private static int ReadInteger(JsonElement element, string field, string path, string source) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw Error(source, field, path, $"is {Kind(element)}; it must be a whole number");

    private static long ReadLong(JsonElement element, string field, string path, string source) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) && value >= 0
            ? value
            : throw Error(source, field, path, $"is {Kind(element)}; it must be a whole number, 0 or more");

    private static void CheckSchemaVersion(int version, string path, string source)
    {
        if (version != StylePreset.CurrentSchemaVersion)
        {
            throw Error(source, PresetJsonFields.SchemaVersion, path, $"is {version}; it must be {StylePreset.CurrentSchemaVersion}, the schema version this package reads");
        }
    }

    private static Dictionary<string, JsonElement> ReadObject(JsonElement element, string field, string path, string[] knownFields, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, field, path, $"is {Kind(element)}; it must be an object");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(knownFields, property.Name) < 0)
            {
                throw Error(source, property.Name, $"{path}.{property.Name}",
                    $"is not a field of schema version {StylePreset.CurrentSchemaVersion}; the fields here are {string.Join(", ", knownFields)}");
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw Error(source, property.Name, $"{path}.{property.Name}", "appears more than once; each field must appear once");
            }
        }

        return fields;
    }

    /// <summary>Builds a model object, whose setters check the rules; a broken rule is reported with the path.</summary>
    private static T Build<T>(string path, string source, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception)
        {
            throw new FormatException($"{source}: the value at {path} is invalid: {exception.Message}", exception);
        }
    }

    private static FormatException Error(string source, string field, string path, string statement) =>
        new($"{source}: {Quote(field)} at {Quote(path)} {statement}.");

    /// <summary>Cuts a field name or path taken from the input (an unknown field can be any text) to a readable length.</summary>
    private static string Quote(string text) => text.Length <= 120 ? text : text[..120] + "…";

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
