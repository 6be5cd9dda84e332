using System.Globalization;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Testing.Media;

namespace VideoPipeline.Sdk.Testing.Internal;

/// <summary>Validates <see cref="SyntheticProviderOptions"/>; each failure names the property, its value and the allowed range.</summary>
internal sealed class SyntheticProviderOptionsValidator : IValidateOptions<SyntheticProviderOptions>
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinDuration = TimeSpan.FromMilliseconds(1);

    public ValidateOptionsResult Validate(string? name, SyntheticProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!GenerationProviderDescriptor.IsValidName(options.Name))
        {
            failures.Add($"{nameof(options.Name)} is '{options.Name}'; it must be 1 to {GenerationProviderDescriptor.MaxNameLength} ASCII letters, digits, '.', '-' or '_'.");
        }

        if (options.SupportedKinds is null || options.SupportedKinds.Count == 0 || options.SupportedKinds.Any(k => !Enum.IsDefined(k)))
        {
            failures.Add($"{nameof(options.SupportedKinds)} must list at least one defined media kind.");
        }

        if (options.Pricing is null)
        {
            failures.Add($"{nameof(options.Pricing)} must not be null.");
        }

        Range(failures, nameof(options.Latency), options.Latency, TimeSpan.Zero, MaxDelay);
        Range(failures, nameof(options.LatencyJitter), options.LatencyJitter, TimeSpan.Zero, MaxDelay);
        Range(failures, nameof(options.RetryAfter), options.RetryAfter, TimeSpan.Zero, MaxDelay);
        Rate(failures, nameof(options.TransientFailureRate), options.TransientFailureRate);
        Rate(failures, nameof(options.RateLimitRate), options.RateLimitRate);
        Rate(failures, nameof(options.PermanentFailureRate), options.PermanentFailureRate);
        var totalRate = options.TransientFailureRate + options.RateLimitRate + options.PermanentFailureRate;
        if (totalRate > 1)
        {
            failures.Add(
                $"{nameof(options.TransientFailureRate)} + {nameof(options.RateLimitRate)} + {nameof(options.PermanentFailureRate)} is "
                + $"{totalRate.ToString(CultureInfo.InvariantCulture)}; the failure rates must add up to at most 1.");
        }

        Range(failures, nameof(options.DefaultImageWidth), options.DefaultImageWidth, 1, PngEncoder.MaxDimension);
        Range(failures, nameof(options.DefaultImageHeight), options.DefaultImageHeight, 1, PngEncoder.MaxDimension);
        Range(failures, nameof(options.DefaultVideoWidth), options.DefaultVideoWidth, 1, Y4mStream.MaxDimension);
        Range(failures, nameof(options.DefaultVideoHeight), options.DefaultVideoHeight, 1, Y4mStream.MaxDimension);
        Range(failures, nameof(options.DefaultVideoDuration), options.DefaultVideoDuration, MinDuration, MaxDelay);
        Range(failures, nameof(options.DefaultMusicDuration), options.DefaultMusicDuration, MinDuration, MaxDelay);
        Range(failures, nameof(options.DefaultFramesPerSecond), options.DefaultFramesPerSecond, 0.001, 1000);
        Range(failures, nameof(options.SpeechWordsPerMinute), options.SpeechWordsPerMinute, 30, 600);
        Range(failures, nameof(options.AudioSampleRate), options.AudioSampleRate, WavStream.MinSampleRate, WavStream.MaxSampleRate);
        Range(failures, nameof(options.DefaultOutputTokens), options.DefaultOutputTokens, 1, 100_000);
        Range(failures, nameof(options.InlineContentLimit), options.InlineContentLimit, 0L, 1L << 30);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Rate(List<string> failures, string property, double value)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            failures.Add($"{property} is {value.ToString(CultureInfo.InvariantCulture)}; it must be between 0 and 1.");
        }
    }

    private static void Range<T>(List<string> failures, string property, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0 || (value is double d && !double.IsFinite(d)))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{property} is {value}; it must be between {min} and {max}."));
        }
    }
}
