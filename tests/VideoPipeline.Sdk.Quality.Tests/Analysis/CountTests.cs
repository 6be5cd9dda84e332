namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

public sealed class CountTests
{
    private readonly IContentAnalyzer _analyzer = Analyzers.Create();

    [Fact]
    public void Analyze_SmallText_CountsWordsSentencesParagraphsAndCharacters()
    {
        var analysis = _analyzer.Analyze("The cat sat on the mat. It was happy!\n\nA dog barked. Then it ran away?");

        Assert.Equal(16, analysis.Words);
        Assert.Equal(4, analysis.Sentences);
        Assert.Equal(2, analysis.Paragraphs);
        Assert.Equal(54, analysis.Characters);
    }

    [Fact]
    public void Analyze_ContractionsHyphensDecimalsAndTitles_StayOneWordAndOneSentence()
    {
        var analysis = _analyzer.Analyze("Don't stop the close-up, Dr. Smith said at 3.5 p.m.");

        Assert.Equal(11, analysis.Words);
        Assert.Equal(1, analysis.Sentences);
    }

    [Fact]
    public void Analyze_TypographicApostrophe_IsFoundInTheStopWords()
    {
        var straight = _analyzer.Analyze("don't lighthouse");
        var curly = _analyzer.Analyze("don’t lighthouse");

        Assert.Equal(0.5, straight.LexicalDensity);
        Assert.Equal(straight.LexicalDensity, curly.LexicalDensity);
    }

    [Fact]
    public void Analyze_LinesWrappedInsideASentence_DoNotEndIt()
    {
        var analysis = _analyzer.Analyze("The storm rolled in\nover the harbour and\nthe boats rocked.");

        Assert.Equal(1, analysis.Sentences);
        Assert.Equal(1, analysis.Paragraphs);
    }

    [Theory]
    [InlineData(150, 60)]
    [InlineData(300, 30)]
    [InlineData(100, 90)]
    public void NarrationDuration_Follows_WordsPerMinute(double wordsPerMinute, double expectedSeconds)
    {
        var analyzer = Analyzers.Create(options => options.WordsPerMinute = wordsPerMinute);
        var text = string.Join(' ', Enumerable.Repeat("word", 150));

        var analysis = analyzer.Analyze(text);

        Assert.Equal(150, analysis.Words);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), analysis.NarrationDuration);
    }

    [Fact]
    public void Readability_SimpleTextScoresHigherThanDenseText_WithinTheRange()
    {
        var simple = _analyzer.Analyze("The cat sat. The dog ran. We had fun. It was a good day.");
        var dense = _analyzer.Analyze("Institutional considerations notwithstanding, comprehensive organizational restructuring necessitates extraordinarily meticulous interdepartmental coordination.");

        Assert.InRange(simple.Readability, 90, 100);
        Assert.InRange(dense.Readability, 0, 10);
    }

    [Fact]
    public void LexicalDensity_IsTheShareOfWordsNeitherStopWordsNorNumbers()
    {
        // Content words: lighthouse, stands, cliff. Stop words: the, on, the, and, it, is. Number: 42.
        var analysis = _analyzer.Analyze("The lighthouse stands on the cliff and it is 42");

        Assert.Equal(10, analysis.Words);
        Assert.Equal(0.3, analysis.LexicalDensity, 10);
    }

    [Fact]
    public void Analyze_SameInputTwice_GivesEqualRecords()
    {
        var text = Analyzers.ReadScript("narrative") + Analyzers.ReadScript("social");

        Assert.Equal(_analyzer.Analyze(text), _analyzer.Analyze(text));
        Assert.Equal(_analyzer.Analyze(text), Analyzers.Create().Analyze(text));
    }
}
