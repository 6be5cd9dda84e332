namespace VideoPipeline.Sdk.Styles.Parameters.Internal;

/// <summary>What each <see cref="QualityHint"/> allows: the frame's shorter side and the highest frame rate.</summary>
internal static class QualityHintLimits
{
    public static int ShortSide(QualityHint hint) => hint switch
    {
        QualityHint.Draft => 720,
        QualityHint.Standard => 1080,
        QualityHint.High => 1440,
        _ => 2160,
    };

    public static double MaxFramesPerSecond(QualityHint hint) => hint switch
    {
        QualityHint.Draft => 24,
        QualityHint.Standard => 30,
        _ => 60,
    };

    /// <summary>
    /// Gets the frame size: the shorter side is the hint's, the longer side follows the ratio, rounded to the nearest even
    /// number (video encoders need even sizes).
    /// </summary>
    public static (int Width, int Height) FrameSize(AspectRatio aspectRatio, QualityHint hint)
    {
        var shortSide = ShortSide(hint);
        var (longTerm, shortTerm) = aspectRatio.Width >= aspectRatio.Height
            ? (aspectRatio.Width, aspectRatio.Height)
            : (aspectRatio.Height, aspectRatio.Width);
        var longSide = (int)Math.Round(shortSide * (double)longTerm / shortTerm / 2, MidpointRounding.AwayFromZero) * 2;
        return aspectRatio.Width >= aspectRatio.Height ? (longSide, shortSide) : (shortSide, longSide);
    }

    /// <summary>
    /// Gets the frame rate: the highest supported rate not above both the template's rate and the hint's cap, or the lowest
    /// supported rate when every supported rate is above them.
    /// </summary>
    public static double FramesPerSecond(double templateRate, QualityHint hint, double[] supportedAscending)
    {
        var limit = Math.Min(templateRate, MaxFramesPerSecond(hint));
        var chosen = supportedAscending[0];
        foreach (var rate in supportedAscending)
        {
            if (rate <= limit)
            {
                chosen = rate;
            }
        }

        return chosen;
    }
}
