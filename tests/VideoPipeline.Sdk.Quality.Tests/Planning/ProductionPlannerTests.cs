using VideoPipeline.Sdk.Quality.Planning.Internal;
using VideoPipeline.Sdk.Quality.Tests.Analysis;

namespace VideoPipeline.Sdk.Quality.Tests.Planning;

public sealed class ProductionPlannerTests
{
    private const string ActionScript = """
        Jack sprints across the rooftop. The camera pans as he leaps the gap.
        Slow motion: glass shatters around him. CUT TO: a tracking shot of the car swerving through traffic.
        He crashes through the gate and rolls onto the road.
        """;

    private static readonly QualityProfile Standard = QualityProfile.GetDefault(QualityLevel.Standard);
    private static readonly QualityProfile Premium = QualityProfile.GetDefault(QualityLevel.Premium);

    [Fact]
    public void Plan_GivesKeyframesClipsAndNarrationPerScene_ThenTheMusic()
    {
        // Premium: pro routes, 8 s clips, 2 variants per shot. 12 s is 2 shots, 20 s is 3 shots.
        var plan = TestCatalog.Planner().Plan(Premium, [TestCatalog.Scene(12, characters: 500), TestCatalog.Scene(20, characters: 300)], adaptive: false);

        Assert.Equal(
            [
                ("scene 1 keyframes", 0, MediaKind.Image, "image-pro", 4), ("scene 1 clips", 0, MediaKind.Video, "video-pro", 4),
                ("scene 1 narration", 0, MediaKind.Speech, "speech-pro", 1), ("scene 2 keyframes", 1, MediaKind.Image, "image-pro", 6),
                ("scene 2 clips", 1, MediaKind.Video, "video-pro", 6), ("scene 2 narration", 1, MediaKind.Speech, "speech-pro", 1),
                ("music", (int?)null, MediaKind.Music, "music-pro", 1),
            ],
            plan.Steps.Select(step => (step.Name, step.SceneIndex, step.Kind, step.Route.Id, step.Calls)));
        Assert.Equal([2, 3], plan.Scenes.Select(scene => scene.Shots));
        Assert.Equal([500L, 300L], plan.Steps.Where(step => step.Kind == MediaKind.Speech).Select(step => step.UsagePerCall.Characters));
        Assert.Equal(48.0, plan.Steps[4].TotalUsage.VideoSeconds);
        Assert.Equal(TimeSpan.FromSeconds(32), plan.Duration);
        Assert.Equal(TimeSpan.FromSeconds(32), plan.Steps[^1].Duration);
        Assert.Equal(plan.Steps.Take(6), plan.Scenes.SelectMany(scene => scene.Steps));
        Assert.Equal((TestCatalog.Today, false), (plan.PlannedOn, plan.IsAdaptive));
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Plan_TargetsAboveWhatTheRouteOffers_TakeTheHighestOffered_AndClipsTheClosestLength()
    {
        var profile = Standard with { TargetResolution = 2160, FramesPerSecond = 60, ClipDuration = TimeSpan.FromSeconds(7) };

        var plan = TestCatalog.Planner().Plan(profile, [TestCatalog.Scene(12)], adaptive: false);

        var clips = Assert.Single(plan.Steps, step => step.Kind == MediaKind.Video);
        Assert.Equal((1080, 1920, 1080, 30.0, TimeSpan.FromSeconds(5), 3), (clips.Resolution, clips.Width, clips.Height, clips.FramesPerSecond, clips.Duration, clips.Calls));
    }

    [Fact]
    public void Plan_TargetsBelowWhatTheRouteOffers_TakeTheLowestOffered_AndATieTakesTheShorterClip()
    {
        var profile = Standard with { TargetResolution = 480, FramesPerSecond = 20, ClipDuration = TimeSpan.FromSeconds(7.5) };

        var plan = TestCatalog.Planner().Plan(profile, [TestCatalog.Scene(12)], adaptive: false);

        var clips = Assert.Single(plan.Steps, step => step.Kind == MediaKind.Video);
        var keyframes = Assert.Single(plan.Steps, step => step.Kind == MediaKind.Image);
        Assert.Equal((720, 1280, 720, 24.0, TimeSpan.FromSeconds(5)), (clips.Resolution, clips.Width, clips.Height, clips.FramesPerSecond, clips.Duration));
        Assert.Equal((1080, 1920, 1080), (keyframes.Resolution, keyframes.Width, keyframes.Height));
    }

    [Theory]
    [InlineData(720, 1280, 720)]
    [InlineData(1080, 1920, 1080)]
    [InlineData(2160, 3840, 2160)]
    [InlineData(480, 854, 480)]
    [InlineData(1441, 2564, 1442)]
    public void FrameSize_Is16By9_InEvenNumbers(int resolution, int width, int height) =>
        Assert.Equal((width, height), ProductionPlanner.FrameSize(resolution));

    [Theory]
    [InlineData(180, 1, 180)]
    [InlineData(181, 2, 90.5)]
    [InlineData(540, 3, 180)]
    public void Plan_Music_IsOneTrackPerStartedThreeMinutes(double seconds, int tracks, double trackSeconds)
    {
        var plan = TestCatalog.Planner().Plan(Standard, [TestCatalog.Scene(seconds / 2), TestCatalog.Scene(seconds / 2)], adaptive: false);

        var music = plan.Steps[^1];
        Assert.Equal((MediaKind.Music, tracks, TimeSpan.FromSeconds(trackSeconds)), (music.Kind, music.Calls, music.Duration));
    }

    [Fact]
    public void Plan_Adaptive_GivesATalkingHeadSceneACheaperRouteAndLowerFps_ThanAnActionScene()
    {
        var analyzer = Analyzers.Create();
        var talkingHead = SceneInput.FromText(Analyzers.ReadScript("corporate"), analyzer);
        var action = SceneInput.FromText(ActionScript, analyzer);

        var adaptive = TestCatalog.Planner().Plan(Premium, [talkingHead, action], adaptive: true);
        var fixedPlan = TestCatalog.Planner().Plan(Premium, [talkingHead, action], adaptive: false);

        Assert.Equal([SceneMotion.Static, SceneMotion.Action], adaptive.Scenes.Select(scene => scene.Motion));
        var calmClips = adaptive.Scenes[0].Steps.Single(step => step.Kind == MediaKind.Video);
        var actionClips = adaptive.Scenes[1].Steps.Single(step => step.Kind == MediaKind.Video);
        Assert.Equal(("video-standard", 24.0), (calmClips.Route.Id, calmClips.FramesPerSecond));
        Assert.Equal(("video-flagship", 30.0), (actionClips.Route.Id, actionClips.FramesPerSecond));
        Assert.True(calmClips.Route.Price!.Amount < actionClips.Route.Price!.Amount);
        Assert.True(adaptive.IsAdaptive);
        Assert.All(fixedPlan.Steps.Where(step => step.Kind == MediaKind.Video), step => Assert.Equal(("video-pro", 30.0), (step.Route.Id, step.FramesPerSecond)));
    }

    [Fact]
    public void Plan_Adaptive_ModerateSceneFollowsTheProfile_AndTiersStayWithinLiteAndFlagship()
    {
        var economy = QualityProfile.GetDefault(QualityLevel.Economy);
        var ultra = QualityProfile.GetDefault(QualityLevel.Ultra);
        SceneInput[] scenes = [TestCatalog.Scene(10, motion: 0.05), TestCatalog.Scene(10, motion: 0.25), TestCatalog.Scene(10, motion: 0.9)];

        var cheap = TestCatalog.Planner().Plan(economy, scenes, adaptive: true);
        var best = TestCatalog.Planner().Plan(ultra, scenes, adaptive: true);
        var premium = TestCatalog.Planner().Plan(Premium, scenes, adaptive: true);

        Assert.Equal(["video-lite", "video-lite", "video-standard"], cheap.Steps.Where(step => step.Kind == MediaKind.Video).Select(step => step.Route.Id));
        Assert.Equal(["video-pro", "video-flagship", "video-flagship"], best.Steps.Where(step => step.Kind == MediaKind.Video).Select(step => step.Route.Id));
        Assert.Equal([24.0, 60.0, 60.0], best.Steps.Where(step => step.Kind == MediaKind.Video).Select(step => step.FramesPerSecond!.Value));
        Assert.Equal([SceneMotion.Static, SceneMotion.Moderate, SceneMotion.Action], premium.Scenes.Select(scene => scene.Motion));
        Assert.Equal("video-pro", premium.Scenes[1].Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
    }

    [Theory]
    [InlineData(0.14, 0.0, SceneMotion.Static)]
    [InlineData(0.15, 0.0, SceneMotion.Moderate)]
    [InlineData(0.29, 0.5, SceneMotion.Static)]
    [InlineData(0.29, 0.49, SceneMotion.Moderate)]
    [InlineData(0.3, 0.9, SceneMotion.Moderate)]
    [InlineData(0.39, 0.0, SceneMotion.Moderate)]
    [InlineData(0.4, 0.9, SceneMotion.Action)]
    public void Motion_FollowsTheDocumentedThresholds(double motion, double dialogue, SceneMotion expected)
    {
        var plan = TestCatalog.Planner().Plan(Standard, [TestCatalog.Scene(10, motion, dialogue)], adaptive: false);

        Assert.Equal(expected, plan.Scenes[0].Motion);
    }

    [Fact]
    public void Plan_TierWithoutARoute_FallsBackToTheNearestLowerTier_AndSaysSo()
    {
        var catalog = new ProviderCatalog(TestCatalog.Routes().Where(route => route.Id != "video-standard"));

        var plan = TestCatalog.Planner(catalog).Plan(Standard, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("video-lite", plan.Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
        Assert.Equal(["no standard video route on 2026-11-24; used lite route 'video-lite'"], plan.Notes);
    }

    [Fact]
    public void Plan_TierWithoutARouteAndNoneBelow_FallsBackToTheNearestHigherTier_AndSaysSo()
    {
        var catalog = new ProviderCatalog(TestCatalog.Routes().Where(route => route.Id != "speech-lite"));

        var plan = TestCatalog.Planner(catalog).Plan(QualityProfile.GetDefault(QualityLevel.Economy), [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("speech-standard", plan.Steps.Single(step => step.Kind == MediaKind.Speech).Route.Id);
        Assert.Equal(["no lite speech route on 2026-11-24; used standard route 'speech-standard'"], plan.Notes);
    }

    [Fact]
    public void Plan_Ultra_WithoutAFlagshipMusicRoute_UsesPro_AndSaysSoOnce()
    {
        var plan = TestCatalog.Planner().Plan(QualityProfile.GetDefault(QualityLevel.Ultra), [TestCatalog.Scene(10), TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("music-pro", plan.Steps[^1].Route.Id);
        Assert.Equal(["no flagship music route on 2026-11-24; used pro route 'music-pro'"], plan.Notes);
    }

    [Fact]
    public void Plan_NeverUsesARemovedRoute_EvenOfHigherQuality()
    {
        var removedOn = new DateOnly(2026, 10, 1);
        var routes = TestCatalog.Routes();
        routes.Add(TestCatalog.Video("video-standard-legacy", RouteTier.Standard, 0.99, [1080], [24], [5], audio: false, 0.01m) with { RemovedOn = removedOn });
        var onlyRemoved = routes.Select(route => route.Id == "video-standard" ? route with { RemovedOn = removedOn } : route);

        var plan = TestCatalog.Planner(new ProviderCatalog(routes)).Plan(Standard, [TestCatalog.Scene(10)], adaptive: false);
        var fallback = TestCatalog.Planner(new ProviderCatalog(onlyRemoved)).Plan(Standard, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("video-standard", plan.Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
        Assert.Equal("video-lite", fallback.Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
        Assert.Equal(["no standard video route on 2026-11-24; used lite route 'video-lite'"], fallback.Notes);
        Assert.All(plan.Steps.Concat(fallback.Steps), step => Assert.NotEqual(RouteStatus.Removed, step.Route.GetStatus(TestCatalog.Today)));
    }

    [Fact]
    public void Plan_DeprecatedRoute_IsReplacedByAnActiveRouteOfTheSameTier()
    {
        var routes = TestCatalog.Routes();
        routes.Add(TestCatalog.Video("video-pro-legacy", RouteTier.Pro, 0.99, [1080], [30], [8], audio: true, 0.01m) with { DeprecatedOn = new DateOnly(2026, 10, 1) });

        var plan = TestCatalog.Planner(new ProviderCatalog(routes)).Plan(Premium, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("video-pro", plan.Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Plan_DeprecatedRouteWithoutAnActiveOneOfItsTier_IsUsed_AndSaysSo()
    {
        var routes = TestCatalog.Routes().Select(route => route.Id == "video-pro"
            ? route with { DeprecatedOn = new DateOnly(2026, 10, 1), RemovedOn = new DateOnly(2027, 1, 1) }
            : route);

        var plan = TestCatalog.Planner(new ProviderCatalog(routes)).Plan(Premium, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal("video-pro", plan.Steps.Single(step => step.Kind == MediaKind.Video).Route.Id);
        Assert.Equal(["route 'video-pro' is deprecated since 2026-10-01 and is removed on 2027-01-01; no active pro video route replaces it"], plan.Notes);
    }

    [Fact]
    public void Plan_KindWithoutAnyUsableRoute_ThrowsNamingTheKindAndTheDate()
    {
        var catalog = new ProviderCatalog(TestCatalog.Routes().Where(route => route.Kind != MediaKind.Music));

        var exception = Assert.Throws<InvalidOperationException>(() => TestCatalog.Planner(catalog).Plan(Standard, [TestCatalog.Scene(10)], adaptive: false));

        Assert.Equal("The catalog has no usable music route on 2026-11-24 in any tier; a plan that generates music cannot be made.", exception.Message);
    }

    [Fact]
    public void Plan_WithoutKeyframes_NeedsNoImageRoute()
    {
        var catalog = new ProviderCatalog(TestCatalog.Routes().Where(route => route.Kind != MediaKind.Image));

        var plan = TestCatalog.Planner(catalog).Plan(Standard with { ImagesPerShot = 0 }, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal([MediaKind.Video, MediaKind.Speech, MediaKind.Music], plan.Steps.Select(step => step.Kind));
    }

    [Fact]
    public void Plan_NativeAudio_IsAskedOfRoutesThatSupportIt_AndNotedWhereMissing()
    {
        var withAudio = TestCatalog.Planner().Plan(Premium, [TestCatalog.Scene(10)], adaptive: false);
        var silent = TestCatalog.Planner().Plan(Premium with { VideoTier = RouteTier.Standard }, [TestCatalog.Scene(10)], adaptive: false);
        var off = TestCatalog.Planner().Plan(Premium with { NativeAudio = false }, [TestCatalog.Scene(10)], adaptive: false);

        Assert.True(withAudio.Steps.Single(step => step.Kind == MediaKind.Video).WithAudio);
        Assert.False(silent.Steps.Single(step => step.Kind == MediaKind.Video).WithAudio);
        Assert.False(off.Steps.Single(step => step.Kind == MediaKind.Video).WithAudio);
        Assert.Equal(["video route 'video-standard' generates no audio; its clips are silent"], silent.Notes);
        Assert.Empty(off.Notes);
    }

    [Fact]
    public void CreateRequest_CarriesTheRouteAndTheStepsSettings()
    {
        var plan = TestCatalog.Planner().Plan(Premium, [TestCatalog.Scene(10)], adaptive: false);
        var (keyframes, clips, narration, music) = (plan.Steps[0], plan.Steps[1], plan.Steps[2], plan.Steps[3]);

        var image = keyframes.CreateRequest("a harbour at dawn");
        var video = clips.CreateRequest("the boat leaves");
        var speech = narration.CreateRequest("The boat leaves the harbour.");
        var track = music.CreateRequest(string.Empty);

        Assert.Equal(("image-co", "image-pro-model", MediaKind.Image, 1920, 1080, (TimeSpan?)null), (image.Provider, image.Model, image.Kind, image.Width, image.Height, image.Duration));
        Assert.Equal(("video-co", "video-pro-model", MediaKind.Video, 1920, 1080, TimeSpan.FromSeconds(8), 30.0), (video.Provider, video.Model, video.Kind, video.Width, video.Height, video.Duration, video.FramesPerSecond));
        Assert.Equal("true", video.Parameters["audio"]);
        Assert.Equal(("voice-co", MediaKind.Speech, "The boat leaves the harbour.", "48000"), (speech.Provider, speech.Kind, speech.Prompt, speech.Parameters["sample_rate"]));
        Assert.Equal((MediaKind.Music, TimeSpan.FromSeconds(10), "48000"), (track.Kind, track.Duration, track.Parameters["sample_rate"]));
        Assert.Empty(image.Parameters);
        Assert.Equal("prompt", Assert.Throws<ArgumentNullException>(() => clips.CreateRequest(null!)).ParamName);
        Assert.Throws<ArgumentException>(() => clips.CreateRequest(" "));
    }

    [Theory]
    [InlineData(1, 221)]
    [InlineData(2, 110.5)]
    [InlineData(4, 98)]
    [InlineData(1000, 98)]
    public void Plan_EstimatedGenerationTime_IsTheLongerOfTheChainAndTheCallsSpreadOverTheParallelCalls(int parallelCalls, double seconds)
    {
        // Standard, 10 s: 2 keyframes of 8 s, 2 clips of 90 s, a narration of 5 s, a track of 20 s: 221 s of calls; the
        // longest chain is a keyframe then its clip, 98 s.
        var plan = TestCatalog.Planner(maxParallelCalls: parallelCalls).Plan(Standard, [TestCatalog.Scene(10)], adaptive: false);

        Assert.Equal(TimeSpan.FromSeconds(seconds), plan.EstimatedGenerationTime);
    }

    [Fact]
    public void Plan_QualityScore_FollowsTheDocumentedFormula()
    {
        var moderate = TestCatalog.Planner().Plan(Standard, [TestCatalog.Scene(10, motion: 0.2)], adaptive: false);
        var action = TestCatalog.Planner().Plan(Standard, [TestCatalog.Scene(10, motion: 0.8)], adaptive: false);
        var actionOnLite = TestCatalog.Planner().Plan(Standard with { VideoTier = RouteTier.Lite }, [TestCatalog.Scene(10, motion: 0.8)], adaptive: false);
        var ultra = TestCatalog.Planner().Plan(QualityProfile.GetDefault(QualityLevel.Ultra), [TestCatalog.Scene(10, motion: 0.2)], adaptive: false);

        // Every standard route has quality 0.6; clips and keyframes at 1080p score 0.8 + 0.2 × 1080 / 2160 = 0.9 of it.
        Assert.Equal((0.7 * 0.6 * 0.9) + (0.3 * 0.6), moderate.QualityScore, 10);

        // An action scene needs a pro route (one tier short costs 0.15) and 30 fps (24 reaches 0.8 of it).
        Assert.Equal((0.5 * 0.6 * 0.9 * 0.8 * 0.85) + (0.2 * 0.6 * 0.9) + (0.3 * 0.6), action.QualityScore, 10);

        // Lite video: quality 0.4 at 720p, 24 fps, two tiers short.
        Assert.Equal((0.5 * 0.4 * (0.8 + (0.2 * 720 / 2160.0)) * 0.8 * 0.7) + (0.2 * 0.6 * 0.9) + (0.3 * 0.6), actionOnLite.QualityScore, 10);

        // Flagship everywhere but the music, which falls back to pro (0.8).
        Assert.Equal((0.9 * 0.95) + (0.1 * 0.8), ultra.QualityScore, 10);
    }

    [Fact]
    public void Plan_WithoutScenesOrWords_IsEmpty()
    {
        var empty = TestCatalog.Planner(new ProviderCatalog([])).Plan(Standard, [], adaptive: false);
        var silent = TestCatalog.Planner().Plan(Standard, [TestCatalog.Scene(0, characters: 0)], adaptive: false);

        Assert.Equal((0, 0, TimeSpan.Zero, TimeSpan.Zero, 0.0), (empty.Scenes.Count, empty.Steps.Count, empty.Duration, empty.EstimatedGenerationTime, empty.QualityScore));
        Assert.Equal((1, 0, 0), (silent.Scenes.Count, silent.Scenes[0].Shots, silent.Steps.Count));
    }

    [Fact]
    public void Plan_BadInput_IsRejectedByName()
    {
        var planner = TestCatalog.Planner();

        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => planner.Plan(null!, [], adaptive: false)).ParamName);
        Assert.Equal("scenes", Assert.Throws<ArgumentNullException>(() => planner.Plan(Standard, null!, adaptive: false)).ParamName);
        Assert.Equal("scenes", Assert.Throws<ArgumentNullException>(() => planner.Plan(Standard, [null!], adaptive: false)).ParamName);
        Assert.Equal("scenes", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(Standard, [TestCatalog.Scene(10, characters: -1)], adaptive: false)).ParamName);
    }
}
