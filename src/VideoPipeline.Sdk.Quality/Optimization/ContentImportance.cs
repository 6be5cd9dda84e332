namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// How much a better video is worth to the caller, compared with what it costs. The optimizer maximises the expected
/// quality raised to a power per dollar: the higher the importance, the more a gain in quality justifies a higher price.
/// </summary>
public enum ContentImportance
{
    /// <summary>Quality per dollar: a dearer profile is chosen only when its quality grows at least as fast as its price.</summary>
    Low = 0,

    /// <summary>Quality squared per dollar: the everyday balance.</summary>
    Normal = 1,

    /// <summary>Quality to the fourth power per dollar: spend when spending visibly helps.</summary>
    High = 2,

    /// <summary>The best expected quality that fits the constraints, whatever it costs within them. The optimizer takes the
    /// mean of what it believes of each profile rather than a draw, so a critical video is never the one that tries out a
    /// profile that is probably worse.</summary>
    Critical = 3,
}
