namespace VideoPipeline.Sdk.Quality.Tests.Profiles;

public sealed class QualityProfileTests
{
    [Fact]
    public void GetDefault_EachLevel_AsksForMoreThanTheOneBelow()
    {
        var economy = QualityProfile.GetDefault(QualityLevel.Economy);
        var standard = QualityProfile.GetDefault(QualityLevel.Standard);
        var premium = QualityProfile.GetDefault(QualityLevel.Premium);
        var ultra = QualityProfile.GetDefault(QualityLevel.Ultra);

        Assert.Equal(
            [(720, 24.0, 5, RouteTier.Lite, 1, 0.10, 22_050, false), (1080, 24.0, 5, RouteTier.Standard, 1, 0.15, 44_100, false),
             (1080, 30.0, 8, RouteTier.Pro, 2, 0.20, 48_000, true), (2160, 60.0, 10, RouteTier.Flagship, 3, 0.25, 48_000, true)],
            new[] { economy, standard, premium, ultra }.Select(profile => (
                profile.TargetResolution, profile.FramesPerSecond, (int)profile.ClipDuration.TotalSeconds, profile.VideoTier,
                profile.VariantsPerShot, profile.RetryReserve, profile.AudioSampleRate, profile.NativeAudio)));
        Assert.All(new[] { economy, standard, premium, ultra }, profile =>
        {
            Assert.Equal(profile.VideoTier, profile.ImageTier);
            Assert.Equal(profile.VideoTier, profile.SpeechTier);
            Assert.Equal(profile.VideoTier, profile.MusicTier);
            Assert.Equal(1, profile.ImagesPerShot);
        });
        Assert.Equal([QualityLevel.Economy, QualityLevel.Standard, QualityLevel.Premium, QualityLevel.Ultra], new[] { economy, standard, premium, ultra }.Select(profile => profile.Level));
    }

    [Fact]
    public void GetDefault_UndefinedLevel_ThrowsNamingTheLevel()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => QualityProfile.GetDefault((QualityLevel)7));

        Assert.Equal("level", exception.ParamName);
        Assert.StartsWith("QualityLevel 7 is not defined; it must be one of Economy, Standard, Premium or Ultra.", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Func<QualityProfile, QualityProfile>, string, string> OutOfRange => new()
    {
        { profile => profile with { TargetResolution = 100 }, "TargetResolution", "TargetResolution is 100; it must be between 144 and 4320." },
        { profile => profile with { FramesPerSecond = double.NaN }, "FramesPerSecond", "FramesPerSecond is NaN; it must be between 1 and 120." },
        { profile => profile with { ClipDuration = TimeSpan.FromMinutes(2) }, "ClipDuration", "ClipDuration is 00:02:00; it must be between 00:00:01 and 00:01:00." },
        { profile => profile with { VideoTier = (RouteTier)9 }, "VideoTier", "VideoTier is 9; it must be one of Lite, Standard, Pro or Flagship." },
        { profile => profile with { ImagesPerShot = 5 }, "ImagesPerShot", "ImagesPerShot is 5; it must be between 0 and 4." },
        { profile => profile with { VariantsPerShot = 0 }, "VariantsPerShot", "VariantsPerShot is 0; it must be between 1 and 8." },
        { profile => profile with { RetryReserve = -0.1 }, "RetryReserve", "RetryReserve is -0.1; it must be between 0 and 1." },
        { profile => profile with { AudioSampleRate = 4_000 }, "AudioSampleRate", "AudioSampleRate is 4000; it must be between 8000 and 192000." },
        { profile => profile with { Level = (QualityLevel)(-1) }, "Level", "Level is -1; it must be one of Economy, Standard, Premium or Ultra." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void With_OutOfRangeValue_ThrowsNamingThePropertyAndTheRange(Func<QualityProfile, QualityProfile> change, string property, string message)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => change(QualityProfile.GetDefault(QualityLevel.Standard)));

        Assert.Equal(property, exception.ParamName);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ValuesAtTheEdges_AreAccepted()
    {
        var profile = QualityProfile.GetDefault(QualityLevel.Economy) with
        {
            TargetResolution = 4320,
            FramesPerSecond = 1,
            ClipDuration = TimeSpan.FromSeconds(60),
            ImagesPerShot = 0,
            VariantsPerShot = 8,
            RetryReserve = 1,
            AudioSampleRate = 192_000,
        };

        Assert.Equal((4320, 0, 8, 1.0), (profile.TargetResolution, profile.ImagesPerShot, profile.VariantsPerShot, profile.RetryReserve));
    }
}
