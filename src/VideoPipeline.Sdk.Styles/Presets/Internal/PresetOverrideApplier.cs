using VideoPipeline.Sdk.Styles.Catalog.Internal;

namespace VideoPipeline.Sdk.Styles.Presets.Internal;

/// <summary>
/// Applies a preset's overrides around the one parameter generator: the template-level values become a changed template
/// (whose movement and lighting become the only option, so the mood cannot choose another) before generation, and the prompt
/// suffix and negative-prompt addition are appended to each scene's text after it, as literal text that is never parsed.
/// </summary>
internal static class PresetOverrideApplier
{
    public static CatalogEntry Apply(CatalogEntry entry, StyleOverrides overrides)
    {
        var template = entry.Template;
        var changed = template with
        {
            Camera = overrides.CameraMovement is { } movement
                ? template.Camera with { Movements = [new StyleChoice { Description = movement }] }
                : template.Camera,
            Lighting = overrides.Lighting is { } lighting ? [new StyleChoice { Description = lighting }] : template.Lighting,
            Palette = overrides.ColorGrade is { } grade ? template.Palette with { Grade = grade } : template.Palette,
            AspectRatio = overrides.AspectRatio ?? template.AspectRatio,
            FramesPerSecond = overrides.FramesPerSecond ?? template.FramesPerSecond,
            ClipDuration = overrides.ClipDuration ?? template.ClipDuration,
            MusicMood = overrides.MusicMood ?? template.MusicMood,
            VoiceStyle = overrides.VoiceStyle ?? template.VoiceStyle,
        };
        return changed == template ? entry : new CatalogEntry(changed);
    }

    public static StyleParameters Finish(StyleParameters parameters, StyleOverrides overrides)
    {
        if (overrides.PromptSuffix is null && overrides.NegativePromptAddition is null)
        {
            return parameters;
        }

        var scenes = new SceneStyleParameters[parameters.Scenes.Count];
        for (var index = 0; index < scenes.Length; index++)
        {
            var scene = parameters.Scenes[index];
            scenes[index] = scene with
            {
                Prompt = Append(scene.Prompt, overrides.PromptSuffix),
                NegativePrompt = Append(scene.NegativePrompt, overrides.NegativePromptAddition),
            };
        }

        return parameters with { Scenes = scenes };
    }

    private static string Append(string text, string? addition) =>
        addition is null ? text : text.Length == 0 ? addition : string.Concat(text, ", ", addition);
}
