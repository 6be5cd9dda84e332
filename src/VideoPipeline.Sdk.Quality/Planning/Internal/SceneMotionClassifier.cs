namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>Derives a <see cref="SceneMotion"/> from a scene's analysis with the thresholds documented on its members.</summary>
internal static class SceneMotionClassifier
{
    /// <summary>At or above this motion intensity a scene is <see cref="SceneMotion.Action"/>.</summary>
    public const double ActionMotion = 0.4;

    /// <summary>Below this motion intensity a scene is <see cref="SceneMotion.Static"/>.</summary>
    public const double StaticMotion = 0.15;

    /// <summary>Below this motion intensity a scene that is mostly dialogue is <see cref="SceneMotion.Static"/>.</summary>
    public const double TalkingMotion = 0.3;

    /// <summary>At or above this dialogue share a scene is mostly dialogue.</summary>
    public const double TalkingDialogueShare = 0.5;

    public static SceneMotion Classify(ContentAnalysis analysis) =>
        analysis.MotionIntensity >= ActionMotion ? SceneMotion.Action
        : analysis.MotionIntensity < StaticMotion || (analysis.DialogueShare >= TalkingDialogueShare && analysis.MotionIntensity < TalkingMotion) ? SceneMotion.Static
        : SceneMotion.Moderate;
}
