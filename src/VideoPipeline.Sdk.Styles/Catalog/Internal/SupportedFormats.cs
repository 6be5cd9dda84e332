using System.Globalization;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>The aspect ratios and frame rates the host's routes offer (<see cref="StylesOptions"/>), parsed once.</summary>
internal sealed class SupportedFormats
{
    private readonly AspectRatio[] _aspectRatios;

    public SupportedFormats(IEnumerable<AspectRatio> aspectRatios, IEnumerable<double> framesPerSecond)
    {
        _aspectRatios = [.. aspectRatios.Distinct()];
        FramesPerSecond = [.. framesPerSecond.Distinct().Order()];
        AspectRatioProblem = "it must be one of the supported aspect ratios " + string.Join(", ", _aspectRatios)
            + $" ({StylesOptions.SectionName}:{nameof(StylesOptions.SupportedAspectRatios)}: set them to what your provider routes offer)";
        FramesPerSecondProblem = "it must be one of the supported frame rates "
            + string.Join(", ", FramesPerSecond.Select(fps => fps.ToString(CultureInfo.InvariantCulture)))
            + $" ({StylesOptions.SectionName}:{nameof(StylesOptions.SupportedFramesPerSecond)}: set them to what your provider routes offer)";
    }

    /// <summary>Gets the supported frame rates, ascending.</summary>
    public double[] FramesPerSecond { get; }

    /// <summary>Gets the rule an unsupported aspect ratio breaks, listing the supported ones.</summary>
    public string AspectRatioProblem { get; }

    /// <summary>Gets the rule an unsupported frame rate breaks, listing the supported ones.</summary>
    public string FramesPerSecondProblem { get; }

    /// <summary>Reads the options, which the options validator has checked.</summary>
    public static SupportedFormats From(StylesOptions options) =>
        new(options.SupportedAspectRatios.Select(AspectRatio.Parse), options.SupportedFramesPerSecond);

    public bool Supports(AspectRatio aspectRatio) => Array.IndexOf(_aspectRatios, aspectRatio) >= 0;

    public bool Supports(double framesPerSecond) => Array.IndexOf(FramesPerSecond, framesPerSecond) >= 0;
}
