namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// How much a better video is worth to the caller, compared with what it costs. The optimizer maximises the expected
/// quality raised to a power, per dollar: the higher the importance, the more a gain in quality justifies a higher price.
/// </summary>
/// <remarks>
/// Profiles differ in expected quality by tens of percent while their prices differ by multiples, so the power has to be
/// large for quality to weigh against price: with quality per dollar alone (<see cref="Low"/>), a profile twice the price
/// must be twice as good, which almost never happens.
/// </remarks>
public enum ContentImportance
{
    /// <summary>Quality per dollar: a dearer profile is chosen only when its quality grows as fast as its price.</summary>
    Low = 0,

    /// <summary>Quality to the fourth power per dollar: the everyday balance, where a profile twice the price must be about
    /// 19% better.</summary>
    Normal = 1,

    /// <summary>Quality to the eighth power per dollar: a profile twice the price must be about 9% better.</summary>
    High = 2,

    /// <summary>The best expected quality that fits the constraints, whatever it costs within them. The optimizer takes the
    /// mean of what it believes of each profile rather than a draw, so a critical video is never the one that tries out a
    /// profile that is probably worse.</summary>
    Critical = 3,
}
