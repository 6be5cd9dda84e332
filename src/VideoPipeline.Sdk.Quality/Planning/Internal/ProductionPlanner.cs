namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// Makes <see cref="ProductionPlan"/>s: chooses a route per kind from the catalog for the profile's tiers on today's date
/// (UTC, from the <see cref="TimeProvider"/>), maps the profile's targets to what each route offers, and counts the calls of
/// every step. The API the cost estimator and the optimizer plan with; the rules are documented on
/// <see cref="ProductionPlan"/> and its members.
/// </summary>
/// <remarks>Immutable and safe to use from many threads at once: each call plans with its own state.</remarks>
internal sealed class ProductionPlanner
{
    /// <summary>One music track is generated per started this-many minutes of video.</summary>
    public static readonly TimeSpan MusicTrackLength = TimeSpan.FromMinutes(3);

    private readonly ProviderCatalog _catalog;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxParallelCalls;

    /// <param name="catalog">The routes to choose from.</param>
    /// <param name="timeProvider">The clock whose UTC date the routes are chosen for.</param>
    /// <param name="maxParallelCalls">How many calls run at the same time, for the generation time (1 or more).</param>
    public ProductionPlanner(ProviderCatalog catalog, TimeProvider timeProvider, int maxParallelCalls)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelCalls, 1);
        _catalog = catalog;
        _timeProvider = timeProvider;
        _maxParallelCalls = maxParallelCalls;
    }

    /// <summary>
    /// Plans a video of <paramref name="scenes"/> under <paramref name="profile"/>.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="scenes">The scenes in order; a scene without narration gets no steps.</param>
    /// <param name="adaptive">Whether to adapt each scene's video tier and frame rate to its <see cref="SceneMotion"/>: a
    /// static scene one tier below the profile's (at least Lite) at the route's lowest frame rate of 24 or more (its lowest
    /// when none reaches 24), never above the profile's; an action scene one tier above (at most Flagship) at the profile's
    /// frame rate; a moderate scene as the profile says.</param>
    /// <param name="upgradeActionScenes">Whether an adaptive plan moves action scenes one tier up; <see langword="false"/>
    /// keeps only the savings on static scenes, for a budget that the upgrades would break.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or a scene is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scene has a negative narration length or character count.</exception>
    /// <exception cref="InvalidOperationException">A kind the plan needs has no usable route in any tier on today's date.</exception>
    public ProductionPlan Plan(QualityProfile profile, IReadOnlyList<SceneInput> scenes, bool adaptive, bool upgradeActionScenes = true)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scenes);
        var date = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var routes = new RouteChooser(_catalog, date);
        var scorer = new QualityScorer();
        var scenePlans = new ScenePlan[scenes.Count];
        var steps = new List<PlanStep>();
        var duration = TimeSpan.Zero;
        var longestChain = TimeSpan.Zero;
        for (var index = 0; index < scenes.Count; index++)
        {
            var scene = scenes[index] ?? throw new ArgumentNullException(nameof(scenes), $"Scene {index} is null.");
            ArgumentOutOfRangeException.ThrowIfLessThan(scene.Analysis.NarrationDuration, TimeSpan.Zero, nameof(scenes));
            ArgumentOutOfRangeException.ThrowIfNegative(scene.NarrationCharacters, nameof(scenes));
            var (plan, chain) = PlanScene(profile, index, scene, adaptive, upgradeActionScenes, routes, scorer);
            scenePlans[index] = plan;
            steps.AddRange(plan.Steps);
            duration += plan.Duration;
            longestChain = Max(longestChain, chain);
        }

        if (duration > TimeSpan.Zero)
        {
            var tracks = (int)((duration.Ticks + MusicTrackLength.Ticks - 1) / MusicTrackLength.Ticks);
            var music = routes.Choose(MediaKind.Music, profile.MusicTier);
            steps.Add(new PlanStep("music", null, MediaKind.Music, music, tracks, new GenerationUsage { Tracks = 1 })
            {
                Duration = TimeSpan.FromTicks(duration.Ticks / tracks),
                SampleRate = profile.AudioSampleRate,
            });
            scorer.AddAudio(music, duration);
            longestChain = Max(longestChain, music.TypicalLatency);
        }

        var totalCallTime = TimeSpan.Zero;
        foreach (var step in steps)
        {
            totalCallTime += step.Route.TypicalLatency * step.Calls;
        }

        var generationTime = Max(longestChain, totalCallTime / _maxParallelCalls);
        return new ProductionPlan(profile, date, adaptive, scenePlans, steps, duration, generationTime, scorer.Score(), [.. routes.Notes]);
    }

    /// <summary>The highest value offered that is not above the target, else the lowest offered (values ascending).</summary>
    internal static T AtMost<T>(IReadOnlyList<T> offered, T target)
        where T : IComparable<T>
    {
        var chosen = offered[0];
        foreach (var value in offered)
        {
            if (value.CompareTo(target) <= 0)
            {
                chosen = value;
            }
        }

        return chosen;
    }

    /// <summary>The offered length closest to the target, the shorter on a tie (lengths ascending).</summary>
    internal static TimeSpan Closest(IReadOnlyList<TimeSpan> offered, TimeSpan target)
    {
        var chosen = offered[0];
        foreach (var value in offered)
        {
            if ((value - target).Duration() < (chosen - target).Duration())
            {
                chosen = value;
            }
        }

        return chosen;
    }

    /// <summary>The 16:9 frame of a vertical resolution, both sides rounded to even numbers (720 → 1280 × 720).</summary>
    internal static (int Width, int Height) FrameSize(int resolution)
    {
        var height = 2 * (int)Math.Round(resolution / 2.0, MidpointRounding.AwayFromZero);
        var width = 2 * (int)Math.Round(height * 8 / 9.0, MidpointRounding.AwayFromZero);
        return (width, height);
    }

    private static RouteTier Adapt(RouteTier tier, SceneMotion motion, bool upgradeActionScenes) => motion switch
    {
        SceneMotion.Static => tier == RouteTier.Lite ? tier : tier - 1,
        SceneMotion.Action when upgradeActionScenes => tier == RouteTier.Flagship ? tier : tier + 1,
        _ => tier,
    };

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    private static (ScenePlan Plan, TimeSpan Chain) PlanScene(
        QualityProfile profile, int index, SceneInput scene, bool adaptive, bool upgradeActionScenes, RouteChooser routes, QualityScorer scorer)
    {
        var motion = SceneMotionClassifier.Classify(scene.Analysis);
        var duration = scene.Analysis.NarrationDuration;
        if (duration <= TimeSpan.Zero)
        {
            return (new ScenePlan(index, motion, TimeSpan.Zero, 0, []), TimeSpan.Zero);
        }

        var number = index + 1;
        var steps = new List<PlanStep>(3);
        var video = routes.Choose(MediaKind.Video, adaptive ? Adapt(profile.VideoTier, motion, upgradeActionScenes) : profile.VideoTier);
        var framesPerSecond = AtMost(video.FramesPerSecond, profile.FramesPerSecond);
        if (adaptive && motion == SceneMotion.Static)
        {
            var lowestSmooth = video.FramesPerSecond.FirstOrDefault(fps => fps >= QualityScorer.StaticFramesPerSecond, video.FramesPerSecond[0]);
            framesPerSecond = Math.Min(framesPerSecond, lowestSmooth);
        }

        var clipLength = Closest(video.ClipDurations, profile.ClipDuration);
        var shots = (int)((duration.Ticks + clipLength.Ticks - 1) / clipLength.Ticks);
        var clips = shots * profile.VariantsPerShot;
        var chain = video.TypicalLatency;
        if (profile.ImagesPerShot > 0)
        {
            var image = routes.Choose(MediaKind.Image, profile.ImageTier);
            var imageResolution = AtMost(image.Resolutions, profile.TargetResolution);
            var (imageWidth, imageHeight) = FrameSize(imageResolution);
            steps.Add(new PlanStep($"scene {number} keyframes", index, MediaKind.Image, image, clips * profile.ImagesPerShot, new GenerationUsage { Images = 1 })
            {
                Width = imageWidth,
                Height = imageHeight,
                Resolution = imageResolution,
            });
            scorer.AddImages(image, imageResolution, duration);
            chain += image.TypicalLatency;
        }

        var resolution = AtMost(video.Resolutions, profile.TargetResolution);
        var (width, height) = FrameSize(resolution);
        var withAudio = profile.NativeAudio && video.SupportsAudio;
        if (profile.NativeAudio && !video.SupportsAudio)
        {
            routes.AddNote($"video route '{video.Id}' generates no audio; its clips are silent");
        }

        steps.Add(new PlanStep($"scene {number} clips", index, MediaKind.Video, video, clips, new GenerationUsage { VideoSeconds = clipLength.TotalSeconds })
        {
            Width = width,
            Height = height,
            Resolution = resolution,
            FramesPerSecond = framesPerSecond,
            Duration = clipLength,
            WithAudio = withAudio,
        });
        scorer.AddClips(video, resolution, framesPerSecond, motion, duration);

        if (scene.NarrationCharacters > 0)
        {
            var speech = routes.Choose(MediaKind.Speech, profile.SpeechTier);
            steps.Add(new PlanStep($"scene {number} narration", index, MediaKind.Speech, speech, 1, new GenerationUsage { Characters = scene.NarrationCharacters })
            {
                SampleRate = profile.AudioSampleRate,
            });
            scorer.AddAudio(speech, duration);
            chain = Max(chain, speech.TypicalLatency);
        }

        return (new ScenePlan(index, motion, duration, shots, steps), chain);
    }
}
