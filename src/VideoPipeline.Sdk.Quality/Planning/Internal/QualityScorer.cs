namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// Accumulates the step scores of one plan into <see cref="ProductionPlan.QualityScore"/> with the formula documented
/// there. Not thread-safe: one per plan.
/// </summary>
internal sealed class QualityScorer(QualityProfile profile)
{
    /// <summary>The frame rate a static scene needs at most.</summary>
    public const double StaticFramesPerSecond = 24;

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

    /// <summary>The frame rate a scene's clips aim for: the profile's, at most 24 for a static scene.</summary>
    public double TargetFramesPerSecond(SceneMotion motion) =>
        motion == SceneMotion.Static ? Math.Min(profile.FramesPerSecond, StaticFramesPerSecond) : profile.FramesPerSecond;

    public void AddImages(GenerationRoute route, int resolution, TimeSpan covered) =>
        Add(MediaKind.Image, route.Quality * ResolutionFit(resolution), covered);

    public void AddClips(GenerationRoute route, int resolution, double framesPerSecond, SceneMotion motion, TimeSpan covered)
    {
        var frameRateFit = Math.Min(1, framesPerSecond / TargetFramesPerSecond(motion));
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

    private double ResolutionFit(int resolution) => Math.Min(1, resolution / (double)profile.TargetResolution);

    private void Add(MediaKind kind, double score, TimeSpan covered)
    {
        _weightedScores[(int)kind] += score * covered.TotalSeconds;
        _weights[(int)kind] += covered.TotalSeconds;
    }
}
