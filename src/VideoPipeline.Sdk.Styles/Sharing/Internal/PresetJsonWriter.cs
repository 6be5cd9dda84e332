using System.Text.Json;

namespace VideoPipeline.Sdk.Styles.Sharing.Internal;

/// <summary>
/// Writes presets as JSON in one canonical form: fields always in the same order, every tag kind written, only the overrides
/// that are set, times as ISO 8601 with their offset, clip lengths as exact decimal seconds. The default encoder escapes
/// HTML-sensitive characters, so text such as <c>&lt;script&gt;</c> stays an inert string value.
/// </summary>
internal static class PresetJsonWriter
{
    public static byte[] WriteBundle(IEnumerable<StylePreset> presets, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteNumber(PresetJsonFields.SchemaVersion, StylePreset.CurrentSchemaVersion);
            writer.WriteStartArray(PresetJsonFields.Presets);
            foreach (var preset in presets)
            {
                Write(writer, preset);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] WritePreset(StylePreset preset)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, preset);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, StylePreset preset)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PresetJsonFields.SchemaVersion, preset.SchemaVersion);
        writer.WriteString(PresetJsonFields.Id, preset.Id);
        writer.WriteString(PresetJsonFields.TemplateId, preset.TemplateId);
        writer.WriteString(PresetJsonFields.Owner, preset.Owner);
        writer.WriteString(PresetJsonFields.Visibility, preset.Visibility.ToString().ToLowerInvariant());
        writer.WriteString(PresetJsonFields.Name, preset.Name);
        writer.WriteString(PresetJsonFields.Description, preset.Description);
        writer.WriteStartObject(PresetJsonFields.Tags);
        WriteList(writer, PresetJsonFields.Moods, preset.Tags.Moods);
        WriteList(writer, PresetJsonFields.Purposes, preset.Tags.Purposes);
        WriteList(writer, PresetJsonFields.Audiences, preset.Tags.Audiences);
        WriteList(writer, PresetJsonFields.Platforms, preset.Tags.Platforms);
        writer.WriteEndObject();
        WriteOverrides(writer, preset.Overrides);
        writer.WriteNumber(PresetJsonFields.Version, preset.Version);
        writer.WriteString(PresetJsonFields.CreatedAt, preset.CreatedAt);
        writer.WriteString(PresetJsonFields.UpdatedAt, preset.UpdatedAt);
        writer.WriteEndObject();
    }

    private static void WriteOverrides(Utf8JsonWriter writer, StyleOverrides overrides)
    {
        writer.WriteStartObject(PresetJsonFields.Overrides);
        WriteText(writer, PresetJsonFields.PromptSuffix, overrides.PromptSuffix);
        WriteText(writer, PresetJsonFields.NegativePromptAddition, overrides.NegativePromptAddition);
        WriteText(writer, PresetJsonFields.CameraMovement, overrides.CameraMovement);
        WriteText(writer, PresetJsonFields.Lighting, overrides.Lighting);
        WriteText(writer, PresetJsonFields.ColorGrade, overrides.ColorGrade);
        WriteText(writer, PresetJsonFields.AspectRatio, overrides.AspectRatio?.ToString());
        if (overrides.FramesPerSecond is { } framesPerSecond)
        {
            writer.WriteNumber(PresetJsonFields.FramesPerSecond, framesPerSecond);
        }

        if (overrides.ClipDuration is { } clipDuration)
        {
            writer.WriteNumber(PresetJsonFields.ClipSeconds, (decimal)clipDuration.Ticks / TimeSpan.TicksPerSecond);
        }

        WriteText(writer, PresetJsonFields.MusicMood, overrides.MusicMood);
        WriteText(writer, PresetJsonFields.VoiceStyle, overrides.VoiceStyle);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
