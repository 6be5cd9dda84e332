namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// How much quality a video may spend, which caps the generated resolution and frame rate. The resolution is the frame's
/// shorter side (720 for 1280×720 at 16:9, and for 720×1280 at 9:16); the frame rate is the highest supported rate not above
/// both the template's and the cap.
/// </summary>
public enum QualityHint
{
    /// <summary>Drafts and previews: 720p, at most 24 frames per second.</summary>
    Draft = 0,

    /// <summary>The everyday setting: 1080p, at most 30 frames per second.</summary>
    Standard = 1,

    /// <summary>1440p, at most 60 frames per second.</summary>
    High = 2,

    /// <summary>2160p (4K), at most 60 frames per second.</summary>
    Maximum = 3,
}
