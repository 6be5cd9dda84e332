using VideoPipeline.Sdk.Quality.Planning.Internal;
using VideoPipeline.Sdk.Quality.Tests.Analysis;

namespace VideoPipeline.Sdk.Quality.Tests.Planning;

public sealed class ScriptSegmenterTests
{
    private const string Screenplay = """
        THE HARBOUR
        a short film

        EXT. HARBOUR - DAWN

        The camera pans across misty fishing boats. Anna runs along the pier.

        ANNA
        Wait! Don't leave without me!

        INT. BOAT CABIN - CONTINUOUS

        Tom looks up from the map.

        SCENE 3

        The boat leaves the harbour.
        """;

    private readonly IContentAnalyzer _analyzer = Analyzers.Create();
    private readonly ScriptSegmenter _segmenter = new(new QualityOptions());

    public static TheoryData<string> Scripts => new() { "narrative", "educational", "marketing", "social", "corporate", "news" };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Split_TestDataScript_GivesTheAnalyzersSceneCount_AndEveryWordOnce(string name)
    {
        var script = Analyzers.ReadScript(name);
        var analysis = _analyzer.Analyze(script);

        var scenes = _segmenter.Split(script);

        Assert.Equal(analysis.EstimatedScenes, scenes.Count);
        Assert.Equal(analysis.Words, scenes.Sum(scene => _analyzer.Analyze(scene).Words));
        Assert.All(scenes, scene => Assert.Equal(scene.Trim(), scene));
    }

    [Fact]
    public void Split_Screenplay_CutsAtEveryHeading_AndKeepsTheTitleInTheFirstScene()
    {
        var scenes = _segmenter.Split(Screenplay);

        Assert.Equal(_analyzer.Analyze(Screenplay).EstimatedScenes, scenes.Count);
        Assert.Equal(3, scenes.Count);
        Assert.StartsWith("THE HARBOUR", scenes[0], StringComparison.Ordinal);
        Assert.EndsWith("Don't leave without me!", scenes[0], StringComparison.Ordinal);
        Assert.Equal("INT. BOAT CABIN - CONTINUOUS\n\nTom looks up from the map.", scenes[1].ReplaceLineEndings("\n"));
        Assert.Equal("SCENE 3\n\nThe boat leaves the harbour.", scenes[2].ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Split_MoreParagraphsThanShotCapacity_GroupsNeighbouringParagraphsEvenly()
    {
        // 7 paragraphs of 4 words: 28 words are 11.2 s of narration, room for 4 shots of 3 s, so 4 scenes; scene k opens
        // with paragraph floor(k × 7 / 4): paragraphs 0, 1, 3 and 5.
        var paragraphs = Enumerable.Range(1, 7).Select(number => $"Paragraph {number} says this.").ToArray();
        var script = string.Join("\n\n", paragraphs);

        var scenes = _segmenter.Split(script);

        Assert.Equal(4, _analyzer.Analyze(script).EstimatedScenes);
        Assert.Equal(
            [paragraphs[0], paragraphs[1] + "\n\n" + paragraphs[2], paragraphs[3] + "\n\n" + paragraphs[4], paragraphs[5] + "\n\n" + paragraphs[6]],
            scenes);
    }

    [Fact]
    public void Split_OneLongParagraph_CutsIntoScenesOfSecondsPerScene_AtTheEndsOfSentences()
    {
        // 60 sentences of 7 words: 420 words, 168 s of narration at 150 words per minute, so 6 scenes of 30 s or less.
        var script = string.Join(' ', Enumerable.Range(1, 60).Select(number => $"Sentence {number} walks through the quiet town."));
        var analysis = _analyzer.Analyze(script);

        var scenes = _segmenter.Split(script);

        Assert.Equal(6, analysis.EstimatedScenes);
        Assert.Equal(6, scenes.Count);
        Assert.Equal(analysis.Words, scenes.Sum(scene => _analyzer.Analyze(scene).Words));
        Assert.All(scenes, scene => Assert.EndsWith("town.", scene, StringComparison.Ordinal));
        Assert.All(scenes, scene => Assert.InRange(_analyzer.Analyze(scene).Words, 63, 77));
    }

    [Fact]
    public void Split_WithOtherOptions_FollowsTheirSceneLength()
    {
        var options = new QualityOptions { SecondsPerScene = 10 };
        var analyzer = Analyzers.Create(configure => configure.SecondsPerScene = 10);
        var script = string.Join(' ', Enumerable.Repeat("One more sentence is read aloud here.", 30));

        var scenes = new ScriptSegmenter(options).Split(script);

        Assert.Equal(analyzer.Analyze(script).EstimatedScenes, scenes.Count);
        Assert.Equal(9, scenes.Count);
    }

    [Fact]
    public void SplitIntoScenes_AnalysesEachScene_WithItsTextLength()
    {
        var script = Analyzers.ReadScript("news");

        var scenes = _segmenter.SplitIntoScenes(script);
        var texts = _segmenter.Split(script);

        Assert.Equal(texts.Select(text => (_analyzer.Analyze(text), text.Length)), scenes.Select(scene => (scene.Analysis, scene.NarrationCharacters)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n \t")]
    [InlineData("... --- !!!")]
    public void Split_TextWithoutWords_GivesNoScenes(string script) => Assert.Empty(_segmenter.Split(script));

    [Fact]
    public void Split_Null_Throws() =>
        Assert.Equal("script", Assert.Throws<ArgumentNullException>(() => _segmenter.Split(null!)).ParamName);
}
