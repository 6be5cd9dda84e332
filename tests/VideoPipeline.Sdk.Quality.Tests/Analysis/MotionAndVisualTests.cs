namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

public sealed class MotionAndVisualTests
{
    private const string ActionScript = """
        Jack sprints across the rooftop. The camera pans as he leaps the gap.
        Slow motion: glass shatters around him. CUT TO: a tracking shot of the car swerving through traffic.
        He crashes through the gate and rolls onto the road.
        """;

    private const string DescriptiveScript = """
        A vast misty valley at dawn. Golden sunlight spills over towering cliffs, and a crimson river winds between
        ancient stone temples. Lanterns glow in the windows of a crowded village market, where silk banners and neon
        signs shimmer in the haze. Far away, a lighthouse stands on a rocky island under a violet sky.
        """;

    private readonly IContentAnalyzer _analyzer = Analyzers.Create();

    [Fact]
    public void ActionScript_ScoresHigherMotion_ThanATalkingHeadCorporateScript()
    {
        var action = _analyzer.Analyze(ActionScript);
        var corporate = _analyzer.Analyze(Analyzers.ReadScript("corporate"));

        Assert.InRange(action.MotionIntensity, 0.7, 1);
        Assert.InRange(corporate.MotionIntensity, 0, 0.1);
    }

    [Fact]
    public void CameraLanguage_AloneIsMotion_AndPhrasesCountOnce()
    {
        // "tracking shot": one cue, not "tracking" plus "shot" (which is also a form of "shoot").
        var tracking = _analyzer.Analyze("A tracking shot of the hall.");
        var closeUp = _analyzer.Analyze("Close up on the letter.");
        var none = _analyzer.Analyze("The letter is on the desk.");

        Assert.Equal(0.5, tracking.MotionIntensity);
        Assert.Equal(0.5, closeUp.MotionIntensity);
        Assert.Equal(0, none.MotionIntensity);
    }

    [Fact]
    public void DescriptiveScript_IsMoreVisuallyComplex_ThanACorporateOne()
    {
        var descriptive = _analyzer.Analyze(DescriptiveScript);
        var corporate = _analyzer.Analyze(Analyzers.ReadScript("corporate"));

        Assert.InRange(descriptive.VisualComplexity, 0.7, 1);
        Assert.InRange(corporate.VisualComplexity, 0, 0.15);
    }

    [Fact]
    public void VisualVariety_CountsDistinctSubjects_NotRepetitions()
    {
        var repeated = _analyzer.Analyze(string.Join(' ', Enumerable.Repeat("tower", 24)));
        var varied = _analyzer.Analyze("tower bridge cliff river forest castle ship horse dragon lantern candle mirror crowd market garden beach cloud rain snow tree flower window door statue");

        // Both are all visual words (density part 0.6); only the varied one has 24 distinct subjects (variety part 0.4).
        Assert.Equal(0.6 + (0.4 / 24), repeated.VisualComplexity, 10);
        Assert.Equal(1, varied.VisualComplexity, 10);
    }
}
