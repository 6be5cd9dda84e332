using VideoPipeline.Sdk.Quality.Analysis.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

public sealed class ContentTypeTests
{
    public static TheoryData<string, ContentType> Scripts => new()
    {
        { "narrative", ContentType.Narrative },
        { "educational", ContentType.Educational },
        { "marketing", ContentType.Marketing },
        { "social", ContentType.Social },
        { "corporate", ContentType.Corporate },
        { "news", ContentType.News },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ClearExample_IsRecognised_WithAConfidentMajority(string script, ContentType expected)
    {
        var analysis = Analyzers.Create().Analyze(Analyzers.ReadScript(script));

        Assert.Equal(expected, analysis.ContentType);
        Assert.InRange(analysis.ContentTypeConfidence, 0.5, 1);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ClearExample_ItsTypeIsMoreProbableThanEveryOther(string script, ContentType expected)
    {
        var text = Analyzers.ReadScript(script);
        var totals = ScriptScanner.Scan(text);
        var probabilities = new double[ContentTypeClassifier.TypeCount];

        ContentTypeClassifier.Distribute(totals.TypeEvidence, totals.DelimitedWords, probabilities);

        foreach (var other in Enum.GetValues<ContentType>().Where(type => type != expected))
        {
            Assert.True(probabilities[(int)expected] > probabilities[(int)other], $"{expected} {probabilities[(int)expected]:0.000} is not above {other} {probabilities[(int)other]:0.000}");
        }

        Assert.Equal(1, probabilities.Sum(), 10);
    }

    [Fact]
    public void TextWithoutEvidence_IsUnknown_WithLowConfidence()
    {
        var analysis = Analyzers.Create().Analyze("Blue glass. Red stone. Tall grass near a path.");

        Assert.Equal(ContentType.Unknown, analysis.ContentType);
        Assert.InRange(analysis.ContentTypeConfidence, 0.01, 0.4);
    }

    [Fact]
    public void EqualEvidenceForTwoTypes_IsATie_ReportedAsUnknown()
    {
        var evidence = new float[ContentTypeClassifier.TypeCount];
        evidence[(int)ContentType.News] = 10;
        evidence[(int)ContentType.Corporate] = 10;

        var (type, confidence) = ContentTypeClassifier.Classify(evidence, 100);

        Assert.Equal(ContentType.Unknown, type);
        Assert.InRange(confidence, 0, 0.1);
    }

    [Fact]
    public void AFewKeywords_InAShortText_AreNotDecisive()
    {
        var analysis = Analyzers.Create().Analyze("Buy now.");

        Assert.InRange(analysis.ContentTypeConfidence, 0, 0.75);
    }
}
