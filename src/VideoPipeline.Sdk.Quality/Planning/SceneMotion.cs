namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// How much moves in a scene, from its <see cref="ContentAnalysis.MotionIntensity"/> and
/// <see cref="ContentAnalysis.DialogueShare"/>. Adaptive plans give static scenes a cheaper video route and a lower frame
/// rate, and action scenes a better route.
/// </summary>
public enum SceneMotion
{
    /// <summary>Little moves: a talking head, a slide, a still landscape. Motion intensity below 0.15, or below 0.3 when
    /// at least half of the words are dialogue.</summary>
    Static = 0,

    /// <summary>Neither static nor action.</summary>
    Moderate = 1,

    /// <summary>Much moves: chases, fights, sports, fast camera work. Motion intensity of 0.4 or more (on average most
    /// sentences carry an action verb or a camera cue).</summary>
    Action = 2,
}
