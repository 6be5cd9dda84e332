namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What generating a video under a <see cref="QualityProfile"/> takes: for each scene its keyframes, clips and narration,
/// then the music, each as a <see cref="PlanStep"/> on a route of the catalog chosen for the profile's tiers on
/// <see cref="PlannedOn"/>; with how long the generation should take, how good the result should be, and notes on every
/// compromise (a missing tier, a deprecated route, a route without audio).
/// </summary>
/// <remarks>
/// <para>
/// Routes are chosen with <see cref="ProviderCatalog.SelectRoute"/>, so a removed route is never used and a deprecated one
/// only when no active route of its kind and tier exists. When a tier has no usable route, the nearest lower tier is used,
/// then the nearest higher, and <see cref="Notes"/> says so. When a kind the plan needs has no usable route at all, no plan
/// is made: planning throws <see cref="InvalidOperationException"/> naming the kind and the date.
/// </para>
/// <para>
/// A scene has as many shots as it takes to cover its narration with the clip length of its video route; each shot has
/// <see cref="QualityProfile.VariantsPerShot"/> clips and, per clip, <see cref="QualityProfile.ImagesPerShot"/> keyframes. The
/// narration is one call per scene, billed on the scene's text. The music is one track per started 3 minutes of video.
/// </para>
/// <para>Immutable and safe to share between threads. <see cref="ICostEstimator"/> makes plans and prices them.</para>
/// </remarks>
public sealed class ProductionPlan
{
    internal ProductionPlan(
        QualityProfile profile,
        DateOnly plannedOn,
        bool isAdaptive,
        IReadOnlyList<ScenePlan> scenes,
        IReadOnlyList<PlanStep> steps,
        TimeSpan duration,
        TimeSpan estimatedGenerationTime,
        double qualityScore,
        IReadOnlyList<string> notes)
    {
        Profile = profile;
        PlannedOn = plannedOn;
        IsAdaptive = isAdaptive;
        Scenes = scenes;
        Steps = steps;
        Duration = duration;
        EstimatedGenerationTime = estimatedGenerationTime;
        QualityScore = qualityScore;
        Notes = notes;
    }

    /// <summary>Gets the profile the plan was made for.</summary>
    public QualityProfile Profile { get; }

    /// <summary>Gets the date (UTC) the routes were chosen for: their deprecation and removal dates are compared with it.</summary>
    public DateOnly PlannedOn { get; }

    /// <summary>
    /// Gets a value indicating whether the video route and frame rate were adapted per scene: a <see cref="SceneMotion.Static"/>
    /// scene one video tier below the profile's at the route's lowest frame rate of 24 or more, an
    /// <see cref="SceneMotion.Action"/> scene one tier above; <see langword="false"/> when every scene follows the profile.
    /// </summary>
    public bool IsAdaptive { get; }

    /// <summary>Gets the scenes, in order.</summary>
    public IReadOnlyList<ScenePlan> Scenes { get; }

    /// <summary>Gets every step: each scene's steps in scene order, then the music.</summary>
    public IReadOnlyList<PlanStep> Steps { get; }

    /// <summary>Gets the length of the video: the sum of the scenes' narration lengths.</summary>
    public TimeSpan Duration { get; }

    /// <summary>
    /// Gets how long generating every step should take with <see cref="QualityOptions.MaxParallelCalls"/> calls at a time:
    /// the larger of the longest chain (a keyframe, then its clip; or a narration; or a music track) and the sum of every
    /// call's <see cref="GenerationRoute.TypicalLatency"/> divided by the parallel calls. Routes of unknown latency count
    /// zero.
    /// </summary>
    public TimeSpan EstimatedGenerationTime { get; }

    /// <summary>
    /// Gets the expected quality of the result, from 0 to 1, before any feedback:
    /// 0.5 × video + 0.2 × images + 0.2 × narration + 0.1 × music (weights of kinds without steps are left out and the rest
    /// rescaled), each kind's score being the mean of its steps' scores weighted by the length of video they cover. A step
    /// scores its route's <see cref="GenerationRoute.Quality"/>, times 0.8 + 0.2 × min(1, resolution ÷ 2160) for images and
    /// clips, and for clips also times min(1, frame rate ÷ the frame rate the scene's motion needs (30 for action, else 24))
    /// and a motion fit of 1 − 0.15 per tier the route is below what the scene's motion needs (Lite for static, Standard for
    /// moderate, Pro for action scenes). The scale is the same for every profile, so plans of different profiles compare.
    /// 0 for a plan without scenes.
    /// </summary>
    public double QualityScore { get; }

    /// <summary>Gets what the plan could not do as the profile asked, in plain words, for example
    /// <c>no flagship music route on 2026-11-24; used pro route 'example-music-pro'</c>. Empty when nothing was compromised.</summary>
    public IReadOnlyList<string> Notes { get; }
}
