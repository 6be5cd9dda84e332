namespace VideoPipeline.Sdk.Styles.Templates.Internal;

/// <summary>The placeholders a prompt template may contain, written in lower case between braces: <c>{prompt}</c>, <c>{shot}</c>….</summary>
internal enum PromptPlaceholder
{
    /// <summary>The scene's description; exactly once in every template.</summary>
    Prompt = 0,

    /// <summary>The scene's shot, from <see cref="CameraStyle.Shots"/>.</summary>
    Shot = 1,

    /// <summary>The camera movement, from <see cref="CameraStyle.Movements"/>.</summary>
    Movement = 2,

    /// <summary>The lens, <see cref="CameraStyle.Lens"/>.</summary>
    Lens = 3,

    /// <summary>The lighting, from <see cref="StyleTemplate.Lighting"/>.</summary>
    Lighting = 4,

    /// <summary>The colour grade, <see cref="ColorPalette.Grade"/>.</summary>
    Grade = 5,
}
