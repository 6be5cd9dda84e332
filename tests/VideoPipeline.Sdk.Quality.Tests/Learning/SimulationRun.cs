namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>What one policy achieved over one seeded run of <see cref="LearnerSimulator"/>.</summary>
/// <param name="Seed">The seed of the contexts, the ratings and the policy's own draws.</param>
/// <param name="CumulativeRegret">Σ over all decisions of the oracle's true quality per dollar minus the chosen profile's,
/// for the decision's content type.</param>
/// <param name="OracleCumulativeValue">Σ over all decisions of the oracle's true quality per dollar, the scale of the
/// regret.</param>
/// <param name="LateQualityPerDollar">Σ true quality ÷ Σ cost of the chosen profiles over the late window.</param>
/// <param name="OracleLateQualityPerDollar">The same for the oracle's profiles on the same contexts.</param>
/// <param name="LateMeanEfficiency">The mean over the late window of the chosen profile's true quality per dollar ÷ the
/// oracle's, a measure that, unlike the ratio of sums, never rewards a cheap bad choice in an expensive context.</param>
/// <param name="LateOracleChoiceShare">The share of late-window decisions that chose the oracle's profile.</param>
/// <param name="LateChoices">How often each profile was chosen in the late window, per content type
/// (indexed as <see cref="SimulatedWorld.ContentTypes"/> and <see cref="SimulatedWorld.Profiles"/>).</param>
internal sealed record SimulationRun(
    int Seed,
    double CumulativeRegret,
    double OracleCumulativeValue,
    double LateQualityPerDollar,
    double OracleLateQualityPerDollar,
    double LateMeanEfficiency,
    double LateOracleChoiceShare,
    int[,] LateChoices)
{
    /// <summary>Gets the late window's quality per dollar relative to the oracle's (ratio of sums).</summary>
    public double LateEfficiency => LateQualityPerDollar / OracleLateQualityPerDollar;
}
