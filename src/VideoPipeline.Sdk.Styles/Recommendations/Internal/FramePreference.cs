namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>The aspect ratio a kind of platform prefers (scores 1) and the ones it accepts (score 0.5).</summary>
internal sealed record FramePreference(AspectRatio Preferred, AspectRatio[] Acceptable)
{
    public double Score(AspectRatio ratio) => ratio == Preferred ? 1 : Array.IndexOf(Acceptable, ratio) >= 0 ? 0.5 : 0;
}
