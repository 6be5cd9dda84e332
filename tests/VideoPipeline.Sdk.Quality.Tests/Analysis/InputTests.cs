using System.Text;
using VideoPipeline.Sdk.Quality.Analysis.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

public sealed class InputTests
{
    private readonly IContentAnalyzer _analyzer = Analyzers.Create();

    [Fact]
    public void Null_ThrowsArgumentNullException_NamingTheParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => _analyzer.Analyze(null!));

        Assert.Equal("content", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  \n")]
    public void EmptyOrWhiteSpace_GivesAZeroAnalysis_OfUnknownType(string content)
    {
        var analysis = _analyzer.Analyze(content);

        Assert.Equal(new ContentAnalysis { ContentType = ContentType.Unknown }, analysis);
        Assert.Equal(0, analysis.ContentTypeConfidence);
    }

    [Fact]
    public void Japanese_CountsWordsFromKanaAndIdeographs_AndSentencesByIdeographicFullStops()
    {
        // 10 + 9 ideographs and kana: 19 / 1.5 = 12.67, so 13 words.
        var analysis = _analyzer.Analyze("今日は天気がいいです。散歩に行きましょう。");

        Assert.Equal(13, analysis.Words);
        Assert.Equal(2, analysis.Sentences);
        Assert.Equal(21, analysis.Characters);
        Assert.Equal(ContentType.Unknown, analysis.ContentType);
        Assert.InRange(analysis.Readability, 0, 100);
    }

    [Fact]
    public void JapaneseQuotes_AreDialogue()
    {
        var analysis = _analyzer.Analyze("彼は「行こう」と言った。");

        Assert.Equal(3 / 1.5 / analysis.Words, analysis.DialogueShare, 10);
    }

    [Fact]
    public void Arabic_CountsWordsBySpaces_AndTheArabicQuestionMark()
    {
        var analysis = _analyzer.Analyze("مرحبا بالعالم. كيف حالك؟");

        Assert.Equal(4, analysis.Words);
        Assert.Equal(2, analysis.Sentences);
        Assert.Equal(1, analysis.LexicalDensity);
    }

    [Fact]
    public void EmojiOnly_HasCharactersButNoWords()
    {
        var analysis = _analyzer.Analyze("🎬 🎥 🍿");

        Assert.Equal(3, analysis.Characters);
        Assert.Equal(0, analysis.Words);
        Assert.Equal(ContentType.Unknown, analysis.ContentType);
    }

    [Fact]
    public void EmojiAmongWords_CountOnceEach_AndLeanSocial()
    {
        const string Post = "Morning vibes 😂😂 #coffee";

        var analysis = _analyzer.Analyze(Post);
        var evidence = ScriptScanner.Scan(Post).TypeEvidence;

        Assert.Equal(3, analysis.Words);
        Assert.Equal(21, analysis.Characters);
        // Two emoji (1 each), a hashtag (2) and "vibes" (1).
        Assert.Equal(5, evidence[(int)ContentType.Social]);
    }

    [Fact]
    public void FiveMegabytes_OfProse_AreCountedExactly()
    {
        const string Sentence = "The quick brown fox jumps over the lazy dog. ";
        const int Repeats = 116_600;
        var text = new StringBuilder(Sentence.Length * Repeats).Insert(0, Sentence, Repeats).ToString();

        var analysis = _analyzer.Analyze(text);

        Assert.True(text.Length > 5_000_000);
        Assert.Equal(9 * Repeats, analysis.Words);
        Assert.Equal(Repeats, analysis.Sentences);
        Assert.Equal(1, analysis.Paragraphs);
        Assert.Equal(TimeSpan.FromMinutes(9.0 * Repeats / 150), analysis.NarrationDuration);
        Assert.InRange(analysis.Readability, 0, 100);
    }

    [Fact]
    public void FiveMegabytes_WithoutSpacesOrPunctuation_IsOneWordAndOneSentence()
    {
        var analysis = _analyzer.Analyze(new string('a', 5_000_000));

        Assert.Equal(1, analysis.Words);
        Assert.Equal(1, analysis.Sentences);
        Assert.Equal(5_000_000, analysis.Characters);
        Assert.InRange(analysis.Readability, 0, 100);
    }

    [Fact]
    public void UnpairedSurrogatesAndControlCharacters_DoNotThrow()
    {
        var analysis = _analyzer.Analyze("broken \uD83D text \u0000 and \uDC00 more\r\r\n\u2028end");

        Assert.Equal(5, analysis.Words);
    }
}
