namespace VideoPipeline.Sdk.Quality;

/// <summary>Who the video is for, which changes what quality is worth paying for.</summary>
public enum TargetAudience
{
    /// <summary>A general audience: no adjustment.</summary>
    General = 0,

    /// <summary>Business viewers: narration clarity matters, so the speech route is one tier better (within the profile's budget).</summary>
    Business = 1,

    /// <summary>Learners: as <see cref="Business"/>, clear narration is worth a better speech route.</summary>
    Education = 2,

    /// <summary>Social feeds on phones: resolutions above 1080p add no perceived quality, so they are not chosen.</summary>
    Social = 3,
}
