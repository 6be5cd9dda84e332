namespace VideoPipeline.Sdk.Styles;

/// <summary>What became of a video made with a style template or preset, for <see cref="IStyleUsageAnalytics.RecordOutcome"/>.</summary>
public enum StyleOutcome
{
    /// <summary>The video was published or delivered as it was.</summary>
    Published = 0,

    /// <summary>The video was generated again, the first result not being good enough.</summary>
    Regenerated = 1,

    /// <summary>The video was given up.</summary>
    Abandoned = 2,
}
