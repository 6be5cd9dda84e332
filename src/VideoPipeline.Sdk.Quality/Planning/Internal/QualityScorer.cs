namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// Accumulates the step scores of one plan into <see cref="ProductionPlan.QualityScore"/> with the formula documented
/// there. Not thread-safe: one per plan.
/// </summary>
internal sealed class QualityScorer
{
    /// <summary>The frame rate a static scene needs at most.</summary>
    public const double StaticFramesPerSecond = 24;

    /// <summary>The frame rate an action scene needs.</summary>
    public const double ActionFramesPerSecond = 30;

    /// <summary>The resolution that gets the full resolution score; lower resolutions lose up to a fifth of it.</summary>
    public const int ReferenceResolution = 2160;

    /// <summary>The score lost per tier a video route is below what the scene's motion needs.</summary>
    public const double MotionPenaltyPerTier = 0.15;

    private const int KindCount = (int)MediaKind.Music + 1;

    private readonly double[] _weightedScores = new double[KindCount];
    private readonly double[] _weights = new double[KindCount];

    private static double KindWeight(MediaKind kind) => kind switch
    {
        MediaKind.Video => 0.5,
        MediaKind.Image => 0.2,
        MediaKind.Speech => 0.2,
        MediaKind.Music => 0.1,
        _ => 0,
    };

    /// <summary>The frame rate a scene's motion needs to look fluid: 30 for action, 24 otherwise. Absolute, not the
    /// profile's target, so that plans of different profiles compare on one scale.</summary>
    public static double NeededFramesPerSecond(SceneMotion motion) => motion == SceneMotion.Action ? ActionFramesPerSecond : StaticFramesPerSecond;

    public void AddImages(GenerationRoute route, int resolution, TimeSpan covered) =>
        Add(MediaKind.Image, route.Quality * ResolutionFit(resolution), covered);

    public void AddClips(GenerationRoute route, int resolution, double framesPerSecond, SceneMotion motion, TimeSpan covered)
    {
        var frameRateFit = Math.Min(1, framesPerSecond / NeededFramesPerSecond(motion));
        var neededTier = motion switch
        {
            SceneMotion.Static => RouteTier.Lite,
            SceneMotion.Moderate => RouteTier.Standard,
            _ => RouteTier.Pro,
        };
        var motionFit = 1 - (MotionPenaltyPerTier * Math.Max(0, neededTier - route.Tier));
        Add(MediaKind.Video, route.Quality * ResolutionFit(resolution) * frameRateFit * motionFit, covered);
    }

    public void AddAudio(GenerationRoute route, TimeSpan covered) => Add(route.Kind, route.Quality, covered);

    public double Score()
    {
        double total = 0, weights = 0;
        for (var kind = 0; kind < KindCount; kind++)
        {
            if (_weights[kind] > 0)
            {
                total += KindWeight((MediaKind)kind) * _weightedScores[kind] / _weights[kind];
                weights += KindWeight((MediaKind)kind);
            }
        }

        return weights > 0 ? Math.Clamp(total / weights, 0, 1) : 0;
    }

    private static double ResolutionFit(int resolution) => 0.8 + (0.2 * Math.Min(1, resolution / (double)ReferenceResolution));

    private void Add(MediaKind kind, double score, TimeSpan covered)
    {
        _weightedScores[(int)kind] += score * covered.TotalSeconds;
        _weights[(int)kind] += covered.TotalSeconds;
    }
}
