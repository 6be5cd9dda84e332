using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

public sealed class BudgetedThompsonSamplerTests
{
    private static readonly ArmCandidate[] FourProfiles =
    [
        new(QualityLevel.Economy, 1.20m, 0.45),
        new(QualityLevel.Standard, 3.00m, 0.60),
        new(QualityLevel.Premium, 7.20m, 0.72),
        new(QualityLevel.Ultra, 18.00m, 0.82),
    ];

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_PriorStrengthNotPositiveAndFinite_Throws(double priorStrength)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetedThompsonSampler(1, priorStrength));

        Assert.Equal("priorStrength", exception.ParamName);
        Assert.Contains("it must be greater than 0 and finite.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_SameSeedAndFeedback_GivesTheSameChoices_AndAnotherSeedOthers()
    {
        var first = Choices(seed: 42);
        var second = Choices(seed: 42);
        var other = Choices(seed: 43);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        // The candidates are close, so both are explored: the sequence is not a constant that any seed would give.
        Assert.Equal(2, first.Distinct().Count());

        static int[] Choices(long seed)
        {
            var sampler = new BudgetedThompsonSampler(seed, priorStrength: 2);
            ArmCandidate[] candidates = [new(QualityLevel.Economy, 1m, 0.5), new(QualityLevel.Standard, 1.1m, 0.55)];
            var choices = new int[200];
            for (var index = 0; index < choices.Length; index++)
            {
                choices[index] = sampler.Choose(ContentType.Social, candidates, qualityExponent: 1);
                sampler.Update(ContentType.Social, candidates[choices[index]].Profile, reward: index % 3 == 0 ? 1 : 0.5, weight: 1);
            }

            return choices;
        }
    }

    [Fact]
    public void Choose_InfiniteExponent_PicksTheHighestBelief_WhateverTheCost()
    {
        var sampler = new BudgetedThompsonSampler(7, priorStrength: 2);
        Teach(sampler, ContentType.Marketing, QualityLevel.Economy, reward: 0.5, times: 50);
        Teach(sampler, ContentType.Marketing, QualityLevel.Ultra, reward: 1, times: 50);
        ArmCandidate[] candidates = [new(QualityLevel.Economy, 1m, 0.45), new(QualityLevel.Ultra, 100m, 0.82)];

        var byQuality = Enumerable.Range(0, 100).Select(_ => sampler.Choose(ContentType.Marketing, candidates, double.PositiveInfinity)).ToArray();
        var perDollar = Enumerable.Range(0, 100).Select(_ => sampler.Choose(ContentType.Marketing, candidates, qualityExponent: 1)).ToArray();

        Assert.All(byQuality, choice => Assert.Equal(1, choice));
        Assert.All(perDollar, choice => Assert.Equal(0, choice));
    }

    [Fact]
    public void Choose_InfiniteExponent_EqualQuality_TiesToTheCheaper()
    {
        // A prior quality of 1 without feedback is Beta(2, 0): every draw is exactly 1.
        var sampler = new BudgetedThompsonSampler(3, priorStrength: 2);
        ArmCandidate[] candidates = [new(QualityLevel.Ultra, 5m, 1), new(QualityLevel.Premium, 2m, 1), new(QualityLevel.Standard, 3m, 1)];

        Assert.Equal(1, sampler.Choose(ContentType.News, candidates, double.PositiveInfinity));
    }

    [Fact]
    public void Choose_ZeroExponent_PicksTheCheapest()
    {
        var sampler = new BudgetedThompsonSampler(3, priorStrength: 2);
        ArmCandidate[] candidates = [new(QualityLevel.Ultra, 3m, 0.9), new(QualityLevel.Economy, 1m, 0.1), new(QualityLevel.Standard, 2m, 0.5)];

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(1, sampler.Choose(ContentType.News, candidates, qualityExponent: 0)));
    }

    [Fact]
    public void Choose_HugeExponent_ComparesQualitiesWhosePowersUnderflow()
    {
        // 0.3^1000 and 0.4^1000 are both 0 as doubles; compared as logarithms the higher quality still wins.
        var sampler = new BudgetedThompsonSampler(11, priorStrength: 2);
        Teach(sampler, ContentType.Corporate, QualityLevel.Economy, reward: 0.3, times: 10_000);
        Teach(sampler, ContentType.Corporate, QualityLevel.Standard, reward: 0.4, times: 10_000);
        ArmCandidate[] candidates = [new(QualityLevel.Economy, 1m, 0.45), new(QualityLevel.Standard, 2m, 0.6)];

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(1, sampler.Choose(ContentType.Corporate, candidates, qualityExponent: 1000)));
    }

    [Fact]
    public void Choose_QualityPerDollar_FollowsWhatWasLearned()
    {
        var sampler = new BudgetedThompsonSampler(5, priorStrength: 2);
        Teach(sampler, ContentType.Narrative, QualityLevel.Economy, reward: 0.1, times: 100);
        Teach(sampler, ContentType.Narrative, QualityLevel.Standard, reward: 0.75, times: 100);

        var beforeOnEducational = sampler.Choose(ContentType.Educational, FourProfiles, qualityExponent: 1);
        var onNarrative = Enumerable.Range(0, 100).Count(_ => sampler.Choose(ContentType.Narrative, FourProfiles, qualityExponent: 1) == 1);

        // Standard: 0.75 / $3.00 = 0.25 per dollar against Economy's 0.1 / $1.20 = 0.083; Premium and Ultra are at most
        // 1 / $7.20. Educational has no feedback, so its prior (Economy: 0.45 / $1.20) still rules there.
        Assert.Equal(100, onNarrative);
        Assert.Equal(0, beforeOnEducational);
    }

    [Fact]
    public void ChooseAndUpdate_AfterTheFirstCall_AllocateNothing()
    {
        var sampler = new BudgetedThompsonSampler(5, priorStrength: 2);
        sampler.Update(ContentType.Narrative, QualityLevel.Economy, reward: 0.5, weight: 1);
        sampler.Choose(ContentType.Narrative, FourProfiles, qualityExponent: 1);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var run = 0; run < 1_000; run++)
        {
            var choice = sampler.Choose(ContentType.Narrative, FourProfiles, qualityExponent: run % 2 == 0 ? 1 : double.PositiveInfinity);
            sampler.Update(ContentType.Narrative, FourProfiles[choice].Profile, reward: 0.75, weight: 1);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Choose_NoCandidates_ThrowsArgumentException()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var exception = Assert.Throws<ArgumentException>(() => sampler.Choose(ContentType.News, ReadOnlySpan<ArmCandidate>.Empty, 1));

        Assert.Equal("candidates", exception.ParamName);
        Assert.StartsWith("candidates is empty; at least one profile must be offered.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.5, "candidates[1].Cost is 0; it must be greater than 0.")]
    [InlineData(-2.5, 0.5, "candidates[1].Cost is -2.5; it must be greater than 0.")]
    [InlineData(1, 1.5, "candidates[1].PriorQuality is 1.5; it must be 0 to 1.")]
    [InlineData(1, -0.1, "candidates[1].PriorQuality is -0.1; it must be 0 to 1.")]
    [InlineData(1, double.NaN, "candidates[1].PriorQuality is NaN; it must be 0 to 1.")]
    public void Choose_BadCandidate_ThrowsNamingTheCandidateAndTheRange(double cost, double priorQuality, string message)
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);
        ArmCandidate[] candidates = [new(QualityLevel.Economy, 1m, 0.5), new(QualityLevel.Standard, (decimal)cost, priorQuality)];

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Choose(ContentType.News, candidates, 1));

        Assert.Equal("candidates", exception.ParamName);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_UndefinedProfileOrContentType_Throws()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);
        ArmCandidate[] candidates = [new((QualityLevel)9, 1m, 0.5)];

        var profile = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Choose(ContentType.News, candidates, 1));
        var contentType = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Choose((ContentType)(-1), FourProfiles, 1));

        Assert.StartsWith("profile is 9; it must be a defined QualityLevel.", profile.Message, StringComparison.Ordinal);
        Assert.StartsWith("contentType is -1; it must be a defined ContentType.", contentType.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Choose_NegativeOrNaNExponent_Throws(double qualityExponent)
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Choose(ContentType.News, FourProfiles, qualityExponent));

        Assert.Equal("qualityExponent", exception.ParamName);
        Assert.Contains("it must be 0 or more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetBelief_WithoutFeedback_IsThePrior()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var belief = sampler.GetBelief(ContentType.Educational, QualityLevel.Standard, priorQuality: 0.6);

        Assert.Equal(new ArmBelief(Mean: 0.6, Alpha: 1.2, Beta: 0.8, Observations: 0), belief);
    }

    [Fact]
    public void Update_MovesTheMeanByTheWeightedReward_OfThatArmOnly()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        sampler.Update(ContentType.Educational, QualityLevel.Standard, reward: 1, weight: 1);
        var afterRating = sampler.GetBelief(ContentType.Educational, QualityLevel.Standard, priorQuality: 0.6);
        sampler.Update(ContentType.Educational, QualityLevel.Standard, reward: 0.25, weight: 0.5);
        var afterSignal = sampler.GetBelief(ContentType.Educational, QualityLevel.Standard, priorQuality: 0.6);

        Assert.Equal(2.2, afterRating.Alpha, 12);
        Assert.Equal(0.8, afterRating.Beta, 12);
        Assert.Equal(2.2 / 3, afterRating.Mean, 12);
        Assert.Equal(1, afterRating.Observations);
        Assert.Equal(2.325, afterSignal.Alpha, 12);
        Assert.Equal(1.175, afterSignal.Beta, 12);
        Assert.Equal(1.5, afterSignal.Observations);
        Assert.Equal(0, sampler.GetBelief(ContentType.Narrative, QualityLevel.Standard, 0.6).Observations);
        Assert.Equal(0, sampler.GetBelief(ContentType.Educational, QualityLevel.Premium, 0.6).Observations);
    }

    [Fact]
    public void Update_BeyondTheMostObservations_KeepsTheMeanAndCapsTheTotal()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        sampler.Update(ContentType.Social, QualityLevel.Economy, reward: 0.75, weight: 8e11);
        sampler.Update(ContentType.Social, QualityLevel.Economy, reward: 0.75, weight: 8e11);
        var belief = sampler.GetBelief(ContentType.Social, QualityLevel.Economy, priorQuality: 0.5);

        Assert.Equal(LearnerStateJson.MaximumObservations, belief.Observations);
        Assert.Equal(0.75, belief.Mean, 9);
        var copy = new BudgetedThompsonSampler(2, priorStrength: 2);
        copy.ImportState(sampler.ExportState());
        Assert.Equal(belief, copy.GetBelief(ContentType.Social, QualityLevel.Economy, priorQuality: 0.5));
    }

    [Theory]
    [InlineData(-0.1, 1, "reward", "reward is -0.1; it must be 0 to 1.")]
    [InlineData(1.1, 1, "reward", "reward is 1.1; it must be 0 to 1.")]
    [InlineData(double.NaN, 1, "reward", "reward is NaN; it must be 0 to 1.")]
    [InlineData(0.5, 0, "weight", "weight is 0; it must be greater than 0 and finite.")]
    [InlineData(0.5, -1, "weight", "weight is -1; it must be greater than 0 and finite.")]
    [InlineData(0.5, double.NaN, "weight", "weight is NaN; it must be greater than 0 and finite.")]
    [InlineData(0.5, double.PositiveInfinity, "weight", "weight is Infinity; it must be greater than 0 and finite.")]
    public void Update_BadRewardOrWeight_ThrowsNamingTheArgument_AndChangesNothing(double reward, double weight, string parameter, string message)
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Update(ContentType.News, QualityLevel.Premium, reward, weight));

        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, sampler.GetBelief(ContentType.News, QualityLevel.Premium, 0.7).Observations);
    }

    [Fact]
    public void GetBelief_PriorOutOfRange_Throws()
    {
        var sampler = new BudgetedThompsonSampler(1, priorStrength: 2);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.GetBelief(ContentType.News, QualityLevel.Premium, 1.2));

        Assert.Equal("priorQuality", exception.ParamName);
        Assert.StartsWith("priorQuality is 1.2; it must be 0 to 1.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arms_EveryContentTypeAndProfile_HasItsOwnIndex()
    {
        var indexes = Enum.GetValues<ContentType>()
            .SelectMany(contentType => Enum.GetValues<QualityLevel>().Select(profile => LearnerArms.IndexOf(contentType, profile)))
            .ToArray();

        Assert.Equal(Enumerable.Range(0, LearnerArms.Count), indexes.Order());
    }

    private static void Teach(BudgetedThompsonSampler sampler, ContentType contentType, QualityLevel profile, double reward, int times)
    {
        for (var time = 0; time < times; time++)
        {
            sampler.Update(contentType, profile, reward, weight: 1);
        }
    }
}
