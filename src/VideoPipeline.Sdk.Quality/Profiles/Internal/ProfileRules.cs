using System.Globalization;

namespace VideoPipeline.Sdk.Quality.Profiles.Internal;

/// <summary>
/// The allowed range of every <see cref="QualityProfile"/> setting, in one place, so that the record's setters and the
/// options validator accept and reject the same values and describe the range in the same words.
/// </summary>
internal static class ProfileRules
{
    public const int MinResolution = 144;
    public const int MaxResolution = 4320;
    public const double MinFramesPerSecond = 1;
    public const double MaxFramesPerSecond = 120;
    public const int MaxImagesPerShot = 4;
    public const int MaxVariantsPerShot = 8;
    public const double MaxRetryReserve = 1;
    public const int MinSampleRate = 8_000;
    public const int MaxSampleRate = 192_000;

    public static readonly TimeSpan MinClipDuration = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxClipDuration = TimeSpan.FromSeconds(60);

    public const string ResolutionRange = "between 144 and 4320";
    public const string FramesPerSecondRange = "between 1 and 120";
    public const string ClipDurationRange = "between 00:00:01 and 00:01:00";
    public const string TierRange = "one of Lite, Standard, Pro or Flagship";
    public const string ImagesPerShotRange = "between 0 and 4";
    public const string VariantsPerShotRange = "between 1 and 8";
    public const string RetryReserveRange = "between 0 and 1";
    public const string SampleRateRange = "between 8000 and 192000";
    public const string LevelRange = "one of Economy, Standard, Premium or Ultra";

    public static bool IsResolution(int value) => value is >= MinResolution and <= MaxResolution;

    public static bool IsFramesPerSecond(double value) => value is >= MinFramesPerSecond and <= MaxFramesPerSecond;

    public static bool IsClipDuration(TimeSpan value) => value >= MinClipDuration && value <= MaxClipDuration;

    public static bool IsImagesPerShot(int value) => value is >= 0 and <= MaxImagesPerShot;

    public static bool IsVariantsPerShot(int value) => value is >= 1 and <= MaxVariantsPerShot;

    public static bool IsRetryReserve(double value) => value is >= 0 and <= MaxRetryReserve;

    public static bool IsSampleRate(int value) => value is >= MinSampleRate and <= MaxSampleRate;

    /// <summary>Whether a configuration key names a <see cref="QualityLevel"/> (case-insensitive; numbers are not names).</summary>
    public static bool TryParseLevel(string key, out QualityLevel level)
    {
        foreach (var candidate in Enum.GetValues<QualityLevel>())
        {
            if (string.Equals(candidate.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Returns the value unchanged when <paramref name="valid"/>, else throws the exception a profile setter throws.</summary>
    public static T Require<T>(T value, bool valid, string propertyName, string range) =>
        valid ? value : throw new ArgumentOutOfRangeException(propertyName, value, string.Create(CultureInfo.InvariantCulture, $"{propertyName} is {value}; it must be {range}."));

    /// <summary>Adds a failure for each overriding value of a profile's options that is out of range, and for a key that is
    /// not a level; messages name the full configuration key.</summary>
    public static void Validate(IDictionary<string, QualityProfileOptions> profiles, List<string> failures)
    {
        foreach (var (key, settings) in profiles)
        {
            var prefix = $"{QualityOptions.SectionName}:{nameof(QualityOptions.Profiles)}:{key}";
            if (!TryParseLevel(key, out _))
            {
                failures.Add($"{prefix} is not a quality level; it must be {LevelRange}.");
                continue;
            }

            if (settings is null)
            {
                failures.Add($"{prefix} is empty; it must be a profile's options.");
                continue;
            }

            Check(failures, settings.TargetResolution is null || IsResolution(settings.TargetResolution.Value), prefix, nameof(settings.TargetResolution), settings.TargetResolution, ResolutionRange);
            Check(failures, settings.FramesPerSecond is null || IsFramesPerSecond(settings.FramesPerSecond.Value), prefix, nameof(settings.FramesPerSecond), settings.FramesPerSecond, FramesPerSecondRange);
            Check(failures, settings.ClipDuration is null || IsClipDuration(settings.ClipDuration.Value), prefix, nameof(settings.ClipDuration), settings.ClipDuration, ClipDurationRange);
            Check(failures, settings.VideoTier is null || Enum.IsDefined(settings.VideoTier.Value), prefix, nameof(settings.VideoTier), settings.VideoTier, TierRange);
            Check(failures, settings.ImageTier is null || Enum.IsDefined(settings.ImageTier.Value), prefix, nameof(settings.ImageTier), settings.ImageTier, TierRange);
            Check(failures, settings.SpeechTier is null || Enum.IsDefined(settings.SpeechTier.Value), prefix, nameof(settings.SpeechTier), settings.SpeechTier, TierRange);
            Check(failures, settings.MusicTier is null || Enum.IsDefined(settings.MusicTier.Value), prefix, nameof(settings.MusicTier), settings.MusicTier, TierRange);
            Check(failures, settings.ImagesPerShot is null || IsImagesPerShot(settings.ImagesPerShot.Value), prefix, nameof(settings.ImagesPerShot), settings.ImagesPerShot, ImagesPerShotRange);
            Check(failures, settings.VariantsPerShot is null || IsVariantsPerShot(settings.VariantsPerShot.Value), prefix, nameof(settings.VariantsPerShot), settings.VariantsPerShot, VariantsPerShotRange);
            Check(failures, settings.RetryReserve is null || IsRetryReserve(settings.RetryReserve.Value), prefix, nameof(settings.RetryReserve), settings.RetryReserve, RetryReserveRange);
            Check(failures, settings.AudioSampleRate is null || IsSampleRate(settings.AudioSampleRate.Value), prefix, nameof(settings.AudioSampleRate), settings.AudioSampleRate, SampleRateRange);
        }
    }

    private static void Check(List<string> failures, bool valid, string prefix, string name, object? value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{name} is {value}; it must be {range}."));
        }
    }
}
