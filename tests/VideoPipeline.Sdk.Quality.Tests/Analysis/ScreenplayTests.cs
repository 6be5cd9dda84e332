namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

public sealed class ScreenplayTests
{
    private const string Screenplay = """
        INT. KITCHEN - NIGHT

        Anna pours coffee. The kettle whistles.

        ANNA
        Where were you last night?

        TOM (V.O.)
        Out. Just out.

        EXT. STREET - CONTINUOUS

        Tom runs through the rain.

        CUT TO:

        INT. CAR - LATER

        TOM: I should have told her.
        """;

    private readonly IContentAnalyzer _analyzer = Analyzers.Create();

    [Fact]
    public void Screenplay_SceneHeadings_GiveTheSceneCount()
    {
        var analysis = _analyzer.Analyze(Screenplay);

        Assert.Equal(3, analysis.EstimatedScenes);
        Assert.InRange(analysis.EstimatedShots, 3, int.MaxValue);
    }

    [Fact]
    public void Screenplay_DialogueUnderCuesAndAfterSpeakerNames_IsTheDialogueShare()
    {
        var analysis = _analyzer.Analyze(Screenplay);

        // 40 words; spoken: "Where were you last night" (5), "Out. Just out." (3), "I should have told her" (5).
        Assert.Equal(40, analysis.Words);
        Assert.Equal(13 / 40.0, analysis.DialogueShare, 10);
    }

    [Fact]
    public void SceneMarkers_AreCountedLikeHeadings()
    {
        var analysis = _analyzer.Analyze("Scene 1: a beach at dawn.\nWaves roll in.\nScene 2: the village market.\nSCENE 3\nThe lighthouse at night.");

        Assert.Equal(3, analysis.EstimatedScenes);
    }

    [Fact]
    public void QuotedSpeech_IsDialogue()
    {
        var analysis = _analyzer.Analyze("\"Are you coming?\" she asked. “Yes,” he said. \"Wait for me.\"");

        Assert.Equal(11, analysis.Words);
        Assert.Equal(7 / 11.0, analysis.DialogueShare, 10);
    }

    [Fact]
    public void DialogueHeavyScript_HasAHighDialogueShare_AndProseNone()
    {
        var dialogue = _analyzer.Analyze("""
            MAYA: We have to leave tonight, before they find the map.
            LEO: Tonight? The bridge is still out and the river is rising.
            MAYA: Then we take the boat. Pack only what you can carry.
            LEO: You always do this. You decide, and I follow.
            Leo grabs his coat.
            MAYA: Because I am usually right.
            """);
        var prose = _analyzer.Analyze(Analyzers.ReadScript("corporate"));

        Assert.InRange(dialogue.DialogueShare, 0.8, 0.95);
        Assert.Equal(0, prose.DialogueShare);
    }

    [Fact]
    public void Shots_AreBoundedByNarrationTimePerShot()
    {
        var text = string.Join(' ', Enumerable.Repeat("Cut to the harbour. Zoom in on the boat.", 20));
        var wide = Analyzers.Create(options => (options.SecondsPerShot, options.SecondsPerScene) = (60, 600)).Analyze(text);
        var tight = Analyzers.Create(options => (options.SecondsPerShot, options.SecondsPerScene) = (1, 600)).Analyze(text);

        // 180 words at 150 per minute: 72 seconds, one scene; at most one shot per minute, or one per cued sentence (40) plus the scene.
        Assert.Equal(2, wide.EstimatedShots);
        Assert.Equal(41, tight.EstimatedShots);
    }

    [Fact]
    public void ProseWithoutHeadings_ScenesFollowParagraphs_OrNarrationTime()
    {
        var paragraphs = _analyzer.Analyze(Analyzers.ReadScript("educational"));
        var oneBlock = Analyzers.Create(options => options.SecondsPerScene = 10).Analyze(string.Join(' ', Enumerable.Repeat("word", 150)));

        Assert.Equal(4, paragraphs.EstimatedScenes);
        Assert.Equal(6, oneBlock.EstimatedScenes);
    }
}
