using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

public sealed class LearnerStateJsonTests
{
    private static readonly ArmCandidate[] FourProfiles =
    [
        new(QualityLevel.Economy, 1.20m, 0.45),
        new(QualityLevel.Standard, 3.00m, 0.60),
        new(QualityLevel.Premium, 7.20m, 0.72),
        new(QualityLevel.Ultra, 18.00m, 0.82),
    ];

    [Fact]
    public void Export_WithoutFeedback_IsTheVersionAndNoArms()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        Assert.Equal("""{"schemaVersion":1,"arms":[]}""", sampler.ExportState());
    }

    [Fact]
    public void Export_WritesEachArmWithFeedbackOnce_InCamelCase_OrderedByContentTypeAndProfile()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);
        sampler.Update(ContentType.News, QualityLevel.Economy, reward: 0.5, weight: 1);
        sampler.Update(ContentType.Narrative, QualityLevel.Premium, reward: 1, weight: 3);
        sampler.Update(ContentType.Narrative, QualityLevel.Premium, reward: 0.25, weight: 2);

        Assert.Equal(
            """{"schemaVersion":1,"arms":[{"contentType":"narrative","profile":"premium","positive":3.5,"negative":1.5},{"contentType":"news","profile":"economy","positive":0.5,"negative":0.5}]}""",
            sampler.ExportState());
    }

    [Fact]
    public void ExportThenImport_GivesIdenticalBeliefsAndChoicesAfterwards()
    {
        var original = new BudgetedThompsonSampler(1, priorStrength: 2);
        var replayed = new BudgetedThompsonSampler(9, priorStrength: 2);
        var feedback = new Random(4);
        for (var run = 0; run < 300; run++)
        {
            var contentType = (ContentType)feedback.Next(LearnerArms.ContentTypeCount);
            var profile = FourProfiles[original.Choose(contentType, FourProfiles, 1)].Profile;
            var (reward, weight) = (feedback.NextDouble(), feedback.Next(2) == 0 ? 1 : 0.5);
            original.Update(contentType, profile, reward, weight);
            replayed.Update(contentType, profile, reward, weight);
        }

        var imported = new BudgetedThompsonSampler(9, priorStrength: 2);
        imported.ImportState(original.ExportState());

        foreach (var contentType in Enum.GetValues<ContentType>())
        {
            foreach (var candidate in FourProfiles)
            {
                Assert.Equal(replayed.GetBelief(contentType, candidate.Profile, candidate.PriorQuality), imported.GetBelief(contentType, candidate.Profile, candidate.PriorQuality));
            }
        }

        var contexts = new Random(5);
        for (var run = 0; run < 300; run++)
        {
            var contentType = (ContentType)contexts.Next(LearnerArms.ContentTypeCount);
            var choice = imported.Choose(contentType, FourProfiles, 1);
            Assert.Equal(replayed.Choose(contentType, FourProfiles, 1), choice);
            imported.Update(contentType, FourProfiles[choice].Profile, 0.5, 1);
            replayed.Update(contentType, FourProfiles[choice].Profile, 0.5, 1);
        }

        Assert.Equal(replayed.ExportState(), imported.ExportState());
    }

    [Fact]
    public void Import_ReplacesTheState_ArmsNotListedReturnToThePrior()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);
        sampler.Update(ContentType.Social, QualityLevel.Economy, reward: 1, weight: 1);

        sampler.ImportState("""{"schemaVersion":1,"arms":[{"contentType":"Corporate","profile":"ULTRA","positive":2,"negative":0.5}]}""");

        Assert.Equal(new ArmBelief(0.5, 1, 1, 0), sampler.GetBelief(ContentType.Social, QualityLevel.Economy, 0.5));
        Assert.Equal(new ArmBelief(3 / 4.5, 3, 1.5, 2.5), sampler.GetBelief(ContentType.Corporate, QualityLevel.Ultra, 0.5));
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"arms":[""", "Learner state: not valid JSON of schema version 1:")]
    [InlineData("""[1, 2]""", "Learner state: the root is Array; it must be an object with schemaVersion and arms.")]
    [InlineData("""null""", "Learner state: the root is Null; it must be an object with schemaVersion and arms.")]
    [InlineData("""{"arms":[]}""", "Learner state: schemaVersion is missing; it must be 1.")]
    [InlineData("""{"schemaVersion":2,"arms":[{"anything":"new"}]}""", "Learner state: schemaVersion is 2; this version of VideoPipeline.Sdk.Quality reads schema version 1.")]
    [InlineData("""{"schemaVersion":"1","arms":[]}""", "Learner state: schemaVersion is \"1\"; this version of VideoPipeline.Sdk.Quality reads schema version 1.")]
    [InlineData("""{"schemaVersion":1}""", "Learner state: not valid JSON of schema version 1: JSON deserialization for type 'VideoPipeline.Sdk.Quality.Learning.Internal.LearnerStateDocument' was missing required properties including: 'arms'.")]
    [InlineData("""{"schemaVersion":1,"arms":null}""", "Learner state: not valid JSON of schema version 1:")]
    [InlineData("""{"schemaVersion":1,"arms":[null]}""", "Learner state: arms[0] is null; it must be an object with contentType, profile, positive and negative.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"drama","profile":"premium","positive":1,"negative":1}]}""", "Learner state: arms[0].contentType is 'drama'; it must be one of unknown, narrative, educational, marketing, social, corporate, news.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":1,"negative":1},{"contentType":"news","profile":"deluxe","positive":1,"negative":1}]}""", "Learner state: arms[1].profile is 'deluxe'; it must be one of economy, standard, premium, ultra.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":-1,"negative":1}]}""", "Learner state: arms[0].positive is -1; it must be 0 to 1000000000000.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":1,"negative":-0.5}]}""", "Learner state: arms[0].negative is -0.5; it must be 0 to 1000000000000.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":6e11,"negative":6e11}]}""", "Learner state: arms[0] (news, premium): positive + negative is 1200000000000; it must be at most 1000000000000.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":1e400,"negative":1}]}""", "Learner state: arms[0].positive is Infinity; it must be 0 to 1000000000000.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":1,"negative":1},{"contentType":"News","profile":"Premium","positive":2,"negative":1}]}""", "Learner state: arms[1] (News, Premium) repeats the arm of arms[0]; each content type and profile may appear once.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","positive":1}]}""", "Learner state: not valid JSON of schema version 1: JSON deserialization for type 'VideoPipeline.Sdk.Quality.Learning.Internal.LearnerArmState' was missing required properties including: 'negative'.")]
    [InlineData("""{"schemaVersion":1,"arms":[{"contentType":"news","profile":"premium","postive":1,"negative":1}]}""", "Learner state: not valid JSON of schema version 1: The JSON property 'postive' could not be mapped to any .NET member contained in type 'VideoPipeline.Sdk.Quality.Learning.Internal.LearnerArmState'.")]
    public void Import_BadState_ThrowsFormatExceptionNamingTheProblem_AndKeepsTheState(string json, string message)
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);
        sampler.Update(ContentType.Educational, QualityLevel.Standard, reward: 0.75, weight: 1);
        var before = sampler.ExportState();

        var exception = Assert.Throws<FormatException>(() => sampler.ImportState(json));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, sampler.ExportState());
    }

    [Fact]
    public void Import_Null_ThrowsArgumentNullException()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var exception = Assert.Throws<ArgumentNullException>(() => sampler.ImportState(null!));

        Assert.Equal("json", exception.ParamName);
    }
}
