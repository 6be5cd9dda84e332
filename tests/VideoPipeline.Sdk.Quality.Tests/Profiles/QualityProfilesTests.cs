using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.Tests.Profiles;

public sealed class QualityProfilesTests
{
    [Fact]
    public void Get_WithoutConfiguration_GivesTheBuiltInProfiles()
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddQuality().Services.BuildServiceProvider();

        var profiles = provider.GetRequiredService<QualityProfiles>();

        Assert.Same(profiles, provider.GetRequiredService<QualityProfiles>());
        Assert.All(Enum.GetValues<QualityLevel>(), level => Assert.Equal(QualityProfile.GetDefault(level), profiles.Get(level)));
    }

    [Fact]
    public void Get_WithConfiguration_OverridesOnlyTheKeysGiven()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["VideoPipeline:Quality:Profiles:Premium:TargetResolution"] = "1440",
            ["VideoPipeline:Quality:Profiles:Premium:VideoTier"] = "Flagship",
            ["VideoPipeline:Quality:Profiles:Premium:ClipDuration"] = "00:00:06",
            ["VideoPipeline:Quality:Profiles:premium:NativeAudio"] = "false",
            ["VideoPipeline:Quality:Profiles:Economy:ImagesPerShot"] = "0",
        });

        var profiles = provider.GetRequiredService<QualityProfiles>();

        Assert.Equal(
            QualityProfile.GetDefault(QualityLevel.Premium) with
            {
                TargetResolution = 1440,
                VideoTier = RouteTier.Flagship,
                ClipDuration = TimeSpan.FromSeconds(6),
                NativeAudio = false,
            },
            profiles.Get(QualityLevel.Premium));
        Assert.Equal(QualityProfile.GetDefault(QualityLevel.Economy) with { ImagesPerShot = 0 }, profiles.Get(QualityLevel.Economy));
        Assert.Equal(QualityProfile.GetDefault(QualityLevel.Standard), profiles.Get(QualityLevel.Standard));
        Assert.Equal(QualityProfile.GetDefault(QualityLevel.Ultra), profiles.Get(QualityLevel.Ultra));
    }

    [Fact]
    public void Get_WithCodeConfiguration_MatchesTheLevelCaseInsensitively()
    {
        using var provider = new ServiceCollection().AddVideoPipeline()
            .AddQuality(options => options.Profiles["ultra"] = new QualityProfileOptions { VariantsPerShot = 2, RetryReserve = 0.3 })
            .Services.BuildServiceProvider();

        var ultra = provider.GetRequiredService<QualityProfiles>().Get(QualityLevel.Ultra);

        Assert.Equal((2, 0.3, 2160), (ultra.VariantsPerShot, ultra.RetryReserve, ultra.TargetResolution));
    }

    [Fact]
    public void Get_UndefinedLevel_ThrowsNamingTheLevel()
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddQuality().Services.BuildServiceProvider();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<QualityProfiles>().Get((QualityLevel)4));

        Assert.Equal("level", exception.ParamName);
        Assert.Contains("QualityLevel 4 is not defined", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> InvalidConfiguration => new()
    {
        { "Profiles:Premium:TargetResolution", "100", "VideoPipeline:Quality:Profiles:Premium:TargetResolution is 100; it must be between 144 and 4320." },
        { "Profiles:Platinum:TargetResolution", "1080", "VideoPipeline:Quality:Profiles:Platinum is not a quality level; it must be one of Economy, Standard, Premium or Ultra." },
        { "Profiles:2:VariantsPerShot", "2", "VideoPipeline:Quality:Profiles:2 is not a quality level; it must be one of Economy, Standard, Premium or Ultra." },
        { "Profiles:Standard:FramesPerSecond", "240", "VideoPipeline:Quality:Profiles:Standard:FramesPerSecond is 240; it must be between 1 and 120." },
        { "Profiles:Standard:ClipDuration", "00:00:00.5", "VideoPipeline:Quality:Profiles:Standard:ClipDuration is 00:00:00.5000000; it must be between 00:00:01 and 00:01:00." },
        { "Profiles:Ultra:VideoTier", "7", "VideoPipeline:Quality:Profiles:Ultra:VideoTier is 7; it must be one of Lite, Standard, Pro or Flagship." },
        { "Profiles:Ultra:MusicTier", "-1", "VideoPipeline:Quality:Profiles:Ultra:MusicTier is -1; it must be one of Lite, Standard, Pro or Flagship." },
        { "Profiles:Economy:ImagesPerShot", "-1", "VideoPipeline:Quality:Profiles:Economy:ImagesPerShot is -1; it must be between 0 and 4." },
        { "Profiles:Economy:VariantsPerShot", "9", "VideoPipeline:Quality:Profiles:Economy:VariantsPerShot is 9; it must be between 1 and 8." },
        { "Profiles:Economy:RetryReserve", "1.5", "VideoPipeline:Quality:Profiles:Economy:RetryReserve is 1.5; it must be between 0 and 1." },
        { "Profiles:Economy:AudioSampleRate", "200000", "VideoPipeline:Quality:Profiles:Economy:AudioSampleRate is 200000; it must be between 8000 and 192000." },
        { "MaxParallelCalls", "0", "VideoPipeline:Quality:MaxParallelCalls is 0; it must be between 1 and 1000." },
    };

    [Theory]
    [MemberData(nameof(InvalidConfiguration))]
    public async Task HostStart_WithAnInvalidValue_FailsNamingTheKey(string key, string value, string expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["VideoPipeline:Quality:" + key] = value });
        builder.Services.AddVideoPipeline().AddQuality(builder.Configuration.GetSection(QualityOptions.SectionName));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal([expected], exception.Failures);
    }

    [Fact]
    public void Resolve_WithANullEntryInCode_FailsNamingTheKey()
    {
        using var provider = new ServiceCollection().AddVideoPipeline()
            .AddQuality(options => options.Profiles["Standard"] = null!)
            .Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<QualityProfiles>());

        Assert.Equal(["VideoPipeline:Quality:Profiles:Standard is empty; it must be a profile's options."], exception.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddVideoPipeline()
            .AddQuality(configuration.GetSection(QualityOptions.SectionName))
            .Services.BuildServiceProvider();
    }
}
