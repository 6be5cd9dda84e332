using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>
/// The hidden truth of the learner simulation: the true mean quality (0 to 1) of each profile for six content types, and
/// what a typical video of each content type costs with each profile. The learner sees neither; it sees costs and a
/// tier-based prior quality, and learns from noisy star ratings.
/// </summary>
/// <remarks>
/// Costs are a typical 60-second video's at $1.20, $3.00, $7.20 and $18.00 (1 : 2.5 : 6 : 15, lite to flagship routes),
/// times a factor per content type for its usual length and number of shots. The truth is built so that the profile with
/// the best quality per dollar differs between content types, and so that the prior (0.45, 0.60, 0.72, 0.82 by tier,
/// which alone makes Economy look best everywhere) is wrong for half of them:
/// <list type="bullet">
/// <item>Narrative (action-heavy, many shots): Economy's motion artefacts make it poor, Standard is best per dollar.</item>
/// <item>Educational (slides, diagrams, a presenter): Economy is good enough and best per dollar.</item>
/// <item>Marketing (product close-ups): logos and packaging warp below Premium, which is best per dollar.</item>
/// <item>Social (short, vertical, seen on a phone): Economy is best per dollar, by far.</item>
/// <item>Corporate (brand polish, faces): Economy looks cheap, Standard is best per dollar.</item>
/// <item>News (anchors, stock footage): Economy is best per dollar.</item>
/// </list>
/// </remarks>
internal static class SimulatedWorld
{
    public static readonly ContentType[] ContentTypes =
        [ContentType.Narrative, ContentType.Educational, ContentType.Marketing, ContentType.Social, ContentType.Corporate, ContentType.News];

    public static readonly QualityLevel[] Profiles = [QualityLevel.Economy, QualityLevel.Standard, QualityLevel.Premium, QualityLevel.Ultra];

    /// <summary>The learner's prior quality per profile, from the tiers alone; deliberately not the truth.</summary>
    public static readonly double[] PriorQuality = [0.45, 0.60, 0.72, 0.82];

    private static readonly decimal[] BaseCost = [1.20m, 3.00m, 7.20m, 18.00m];

    private static readonly decimal[] CostFactor = [1.5m, 0.8m, 1.0m, 0.4m, 1.2m, 0.6m];

    private static readonly double[,] TrueQualityTable =
    {
        // Economy, Standard, Premium, Ultra
        { 0.22, 0.68, 0.80, 0.88 }, // Narrative
        { 0.55, 0.70, 0.78, 0.82 }, // Educational
        { 0.10, 0.30, 0.86, 0.93 }, // Marketing
        { 0.62, 0.72, 0.76, 0.78 }, // Social
        { 0.25, 0.75, 0.82, 0.86 }, // Corporate
        { 0.48, 0.66, 0.75, 0.80 }, // News
    };

    public static double TrueQuality(int contentType, int profile) => TrueQualityTable[contentType, profile];

    public static decimal Cost(int contentType, int profile) => BaseCost[profile] * CostFactor[contentType];

    public static double QualityPerDollar(int contentType, int profile) => TrueQuality(contentType, profile) / (double)Cost(contentType, profile);

    /// <summary>The profile with the best true quality per dollar for a content type.</summary>
    public static int OracleProfile(int contentType)
    {
        var best = 0;
        for (var profile = 1; profile < Profiles.Length; profile++)
        {
            if (QualityPerDollar(contentType, profile) > QualityPerDollar(contentType, best))
            {
                best = profile;
            }
        }

        return best;
    }

    /// <summary>The candidates a policy chooses from for a content type: every profile, with its cost and the prior.</summary>
    public static ArmCandidate[] Candidates(int contentType) =>
        [.. Profiles.Select((profile, index) => new ArmCandidate(profile, Cost(contentType, index), PriorQuality[index]))];
}
