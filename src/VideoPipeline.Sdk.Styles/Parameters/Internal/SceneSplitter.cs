using System.Globalization;
using System.Text;

namespace VideoPipeline.Sdk.Styles.Parameters.Internal;

/// <summary>
/// Checks a context's scenes against the caps, or splits its script into scenes: a paragraph (text between blank lines) is a
/// scene, its lines trimmed and joined with single spaces. Splitting stops at the first scene over a cap, so an oversized
/// script costs no more than reading up to the fault.
/// </summary>
internal static class SceneSplitter
{
    public static IReadOnlyList<string> GetScenes(StyleContext context, int maxScenes, int maxSceneLength)
    {
        if (context.Scenes.Count > 0)
        {
            if (context.Scenes.Count > maxScenes)
            {
                throw new ArgumentException(TooManyScenes(Format(context.Scenes.Count), maxScenes), nameof(context));
            }

            for (var index = 0; index < context.Scenes.Count; index++)
            {
                if (context.Scenes[index].Length > maxSceneLength)
                {
                    throw new ArgumentException(SceneTooLong($"Scenes[{index}]", Format(context.Scenes[index].Length), maxSceneLength), nameof(context));
                }
            }

            return context.Scenes;
        }

        if (string.IsNullOrWhiteSpace(context.Script))
        {
            throw new ArgumentException(
                "The context has no scenes: Scenes is empty and Script is " + (context.Script is null ? "null" : "empty") + "; set either.",
                nameof(context));
        }

        return Split(context, maxScenes, maxSceneLength);
    }

    private static List<string> Split(StyleContext context, int maxScenes, int maxSceneLength)
    {
        var scenes = new List<string>();
        var paragraph = new StringBuilder();
        foreach (var rawLine in context.Script.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                if (paragraph.Length > 0)
                {
                    if (scenes.Count == maxScenes)
                    {
                        throw new ArgumentException(TooManyScenes("more than " + Format(maxScenes), maxScenes), nameof(context));
                    }

                    scenes.Add(paragraph.ToString());
                    paragraph.Clear();
                }

                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
            if (paragraph.Length > maxSceneLength)
            {
                throw new ArgumentException(SceneTooLong($"Script paragraph [{scenes.Count}]", "more than " + Format(maxSceneLength), maxSceneLength), nameof(context));
            }
        }

        if (paragraph.Length > 0)
        {
            if (scenes.Count == maxScenes)
            {
                throw new ArgumentException(TooManyScenes("more than " + Format(maxScenes), maxScenes), nameof(context));
            }

            scenes.Add(paragraph.ToString());
        }

        return scenes;
    }

    private static string TooManyScenes(string count, int maxScenes) =>
        $"The context has {count} scenes; at most {Format(maxScenes)} are allowed ({StylesOptions.SectionName}:{nameof(StylesOptions.MaxScenes)}).";

    private static string SceneTooLong(string scene, string length, int maxSceneLength) =>
        $"{scene} has {length} characters; a scene may have at most {Format(maxSceneLength)} ({StylesOptions.SectionName}:{nameof(StylesOptions.MaxSceneLength)}).";

    private static string Format(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
