using VideoPipeline.Sdk.Styles.Catalog.Internal;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Parameters.Internal;

/// <summary>
/// Turns a template and a context into parameters for every scene. A pure function of its inputs: no clock, no randomness,
/// no state, so the same template, context and limits always give equal parameters.
/// </summary>
internal static class StyleParameterGenerator
{
    public static StyleParameters Generate(CatalogEntry entry, StyleContext context, SupportedFormats formats, int maxScenes, int maxSceneLength)
    {
        var scenes = SceneSplitter.GetScenes(context, maxScenes, maxSceneLength);
        var template = entry.Template;
        var moodWords = MoodMatcher.Words(context.Mood);
        var movement = MoodMatcher.Choose(template.Camera.Movements, moodWords).Description;
        var lighting = MoodMatcher.Choose(template.Lighting, moodWords).Description;
        var (width, height) = QualityHintLimits.FrameSize(template.AspectRatio, context.QualityHint);
        var framesPerSecond = QualityHintLimits.FramesPerSecond(template.FramesPerSecond, context.QualityHint, formats.FramesPerSecond);

        var shots = template.Camera.Shots;
        var cameras = new CameraSetup?[shots.Count];
        var values = new string[CompiledPrompt.PlaceholderCount];
        values[(int)PromptPlaceholder.Movement] = movement;
        values[(int)PromptPlaceholder.Lens] = template.Camera.Lens;
        values[(int)PromptPlaceholder.Lighting] = lighting;
        values[(int)PromptPlaceholder.Grade] = template.Palette.Grade;

        var results = new SceneStyleParameters[scenes.Count];
        for (var index = 0; index < results.Length; index++)
        {
            var shot = ShotIndex(index, shots.Count);
            values[(int)PromptPlaceholder.Prompt] = scenes[index];
            values[(int)PromptPlaceholder.Shot] = shots[shot];
            results[index] = new SceneStyleParameters
            {
                Index = index,
                Description = scenes[index],
                Prompt = entry.Prompt.Render(values),
                NegativePrompt = template.NegativePrompt,
                Camera = cameras[shot] ??= new CameraSetup { Shot = shots[shot], Movement = movement, Lens = template.Camera.Lens },
                Lighting = lighting,
                ColorGrade = template.Palette.Grade,
                AspectRatio = template.AspectRatio,
                Width = width,
                Height = height,
                FramesPerSecond = framesPerSecond,
                ClipDuration = template.ClipDuration,
                MusicMood = template.MusicMood,
                VoiceStyle = template.VoiceStyle,
                TransitionToNext = index < results.Length - 1 && template.Transitions.Count > 0
                    ? template.Transitions[index % template.Transitions.Count]
                    : null,
            };
        }

        return new StyleParameters
        {
            TemplateId = template.Id,
            QualityHint = context.QualityHint,
            AspectRatio = template.AspectRatio,
            Width = width,
            Height = height,
            FramesPerSecond = framesPerSecond,
            ClipDuration = template.ClipDuration,
            MusicMood = template.MusicMood,
            VoiceStyle = template.VoiceStyle,
            Palette = template.Palette,
            Typography = template.Typography,
            Scenes = results,
        };
    }

    /// <summary>The first scene opens on the first shot; the following scenes cycle through the others in order.</summary>
    private static int ShotIndex(int scene, int shots) => scene == 0 || shots == 1 ? 0 : 1 + ((scene - 1) % (shots - 1));
}
