using System.Globalization;

namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// Learns from feedback which quality profile gives the best quality for the money, for each content type: a budgeted
/// Thompson sampler with one Beta belief per (content type, profile).
/// </summary>
/// <remarks>
/// <para>
/// The belief of an arm is Beta(α, β) with α = prior × s + Σ w × r and β = (1 − prior) × s + Σ w × (1 − r), where prior
/// is the quality the catalog expects of the profile (passed on every call, so that a catalog update takes effect at
/// once), s the prior's strength in pseudo-observations, and r and w each feedback's reward and weight. Only the two sums
/// per arm are state; they are exported and imported as JSON (<see cref="LearnerStateJson"/>). An arm stops growing at
/// <see cref="LearnerStateJson.MaximumObservations"/> weighted observations: beyond that both sums are scaled down to keep
/// their ratio, so the numbers stay finite and every exported state can be imported.
/// </para>
/// <para>
/// <see cref="Choose"/> draws a quality θ from each candidate's belief and returns the candidate with the highest
/// θ^k / cost, k being the quality exponent: with k = 1 that is quality per dollar, a larger k favours quality, and
/// k = ∞ the highest θ whatever the cost. Drawing rather than taking the mean is what explores: a profile with little
/// feedback has a wide belief and is sometimes drawn high enough to be tried.
/// </para>
/// <para>
/// Thread-safety: every member may be called from many threads at once. The sums and the seeded <see cref="Random"/> are
/// guarded by one lock, held only to draw or to add; arguments are checked and JSON is written and parsed outside it.
/// With one thread, the same seed and the same calls give the same choices.
/// </para>
/// </remarks>
internal sealed class BudgetedThompsonSampler
{
    private readonly Lock _gate = new();
    private readonly Random _random;
    private double[] _positive = new double[LearnerArms.Count];
    private double[] _negative = new double[LearnerArms.Count];

    /// <summary>Initializes a new instance of the <see cref="BudgetedThompsonSampler"/> class, with no feedback.</summary>
    /// <param name="seed">The seed of the draws.</param>
    /// <param name="priorStrength">How many observations the prior quality counts for, such as 2: the larger, the more
    /// feedback it takes to move a belief away from the catalog's quality. Greater than 0 and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priorStrength"/> is 0 or less, infinite or not a
    /// number.</exception>
    public BudgetedThompsonSampler(long seed, double priorStrength)
    {
        if (!(priorStrength > 0) || double.IsPositiveInfinity(priorStrength))
        {
            throw new ArgumentOutOfRangeException(nameof(priorStrength), Invariant($"priorStrength is {priorStrength}; it must be greater than 0 and finite."));
        }

        PriorStrength = priorStrength;
        _random = new Random(unchecked((int)seed ^ (int)(seed >>> 32)));
    }

    /// <summary>Gets how many observations the prior quality counts for.</summary>
    public double PriorStrength { get; }

    /// <summary>Chooses a profile for a run: the candidate whose drawn quality θ gives the highest θ^k / cost.</summary>
    /// <param name="contentType">The run's content type.</param>
    /// <param name="candidates">The profiles to choose from, with their costs and prior qualities; not empty.</param>
    /// <param name="qualityExponent">k, 0 or more: 1 is quality per dollar, larger values favour quality,
    /// <see cref="double.PositiveInfinity"/> chooses the highest θ whatever the cost, 0 the cheapest whatever the quality.
    /// Ties go to the higher θ, then to the cheaper candidate, then to the first.</param>
    /// <returns>The index of the chosen candidate in <paramref name="candidates"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="candidates"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> or a candidate's profile is not a
    /// defined value, a candidate's cost is 0 or less, a candidate's prior quality is outside 0 to 1, or
    /// <paramref name="qualityExponent"/> is negative or not a number.</exception>
    public int Choose(ContentType contentType, ReadOnlySpan<ArmCandidate> candidates, double qualityExponent)
    {
        if (candidates.IsEmpty)
        {
            throw new ArgumentException("candidates is empty; at least one profile must be offered.", nameof(candidates));
        }

        if (!(qualityExponent >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(qualityExponent), Invariant($"qualityExponent is {qualityExponent}; it must be 0 or more (1 is quality per dollar, infinity the best quality)."));
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            var candidate = candidates[index];
            _ = LearnerArms.IndexOf(contentType, candidate.Profile); // Checks the content type and the profile.
            if (candidate.Cost <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), Invariant($"candidates[{index}].Cost is {candidate.Cost}; it must be greater than 0."));
            }

            if (candidate.PriorQuality is not (>= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), Invariant($"candidates[{index}].PriorQuality is {candidate.PriorQuality}; it must be 0 to 1."));
            }
        }

        var qualityOnly = double.IsPositiveInfinity(qualityExponent);
        var best = 0;
        var bestScore = double.NegativeInfinity;
        var bestQuality = double.NegativeInfinity;
        lock (_gate)
        {
            for (var index = 0; index < candidates.Length; index++)
            {
                var candidate = candidates[index];
                var arm = LearnerArms.IndexOf(contentType, candidate.Profile);
                var quality = BetaDistribution.Sample(
                    _random,
                    (candidate.PriorQuality * PriorStrength) + _positive[arm],
                    ((1 - candidate.PriorQuality) * PriorStrength) + _negative[arm]);

                // Compared as logarithms, k × ln θ − ln cost, so that a large k cannot underflow θ^k.
                var score = qualityOnly ? quality
                    : (qualityExponent == 0 ? 0 : qualityExponent * Math.Log(quality)) - Math.Log((double)candidate.Cost);
                if (index == 0 || IsBetter(score, quality, candidate.Cost, bestScore, bestQuality, candidates[best].Cost))
                {
                    best = index;
                    bestScore = score;
                    bestQuality = quality;
                }
            }
        }

        return best;
    }

    /// <summary>Adds one piece of feedback to the belief of a content type and profile.</summary>
    /// <param name="contentType">The run's content type.</param>
    /// <param name="profile">The profile the run used.</param>
    /// <param name="reward">How good the result was, from 0 to 1 (<see cref="QualityFeedback.Value"/>).</param>
    /// <param name="weight">How much the feedback counts, in observations (<see cref="QualityFeedback.Weight"/>); greater
    /// than 0 and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> or <paramref name="profile"/> is not a
    /// defined value, <paramref name="reward"/> is outside 0 to 1, or <paramref name="weight"/> is 0 or less, infinite or
    /// not a number.</exception>
    public void Update(ContentType contentType, QualityLevel profile, double reward, double weight)
    {
        var arm = LearnerArms.IndexOf(contentType, profile);
        if (reward is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reward), Invariant($"reward is {reward}; it must be 0 to 1."));
        }

        if (!(weight > 0) || double.IsPositiveInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), Invariant($"weight is {weight}; it must be greater than 0 and finite."));
        }

        var positive = weight * reward;
        var negative = weight - positive;
        lock (_gate)
        {
            var newPositive = _positive[arm] + positive;
            var newNegative = _negative[arm] + negative;
            var total = newPositive + newNegative;
            if (total > LearnerStateJson.MaximumObservations)
            {
                var scale = LearnerStateJson.MaximumObservations / total;
                newPositive *= scale;
                newNegative *= scale;
            }

            _positive[arm] = newPositive;
            _negative[arm] = newNegative;
        }
    }

    /// <summary>Gets the belief about the quality of a profile for a content type.</summary>
    /// <param name="contentType">The content type.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="priorQuality">The quality the catalog expects of the profile, from 0 to 1.</param>
    /// <returns>The belief.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> or <paramref name="profile"/> is not a
    /// defined value, or <paramref name="priorQuality"/> is outside 0 to 1.</exception>
    public ArmBelief GetBelief(ContentType contentType, QualityLevel profile, double priorQuality)
    {
        var arm = LearnerArms.IndexOf(contentType, profile);
        if (priorQuality is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(priorQuality), Invariant($"priorQuality is {priorQuality}; it must be 0 to 1."));
        }

        double positive;
        double negative;
        lock (_gate)
        {
            positive = _positive[arm];
            negative = _negative[arm];
        }

        var alpha = (priorQuality * PriorStrength) + positive;
        var beta = ((1 - priorQuality) * PriorStrength) + negative;
        return new ArmBelief(alpha / (alpha + beta), alpha, beta, positive + negative);
    }

    /// <summary>Exports the feedback learned so far as JSON (see <see cref="LearnerStateJson"/>); the seed and the prior
    /// strength are not part of it.</summary>
    /// <returns>The JSON.</returns>
    public string ExportState()
    {
        Span<double> positive = stackalloc double[LearnerArms.Count];
        Span<double> negative = stackalloc double[LearnerArms.Count];
        lock (_gate)
        {
            _positive.CopyTo(positive);
            _negative.CopyTo(negative);
        }

        return LearnerStateJson.Write(positive, negative);
    }

    /// <summary>Replaces the feedback learned so far with a state exported by <see cref="ExportState"/>. A state that
    /// fails to import leaves the current one as it was.</summary>
    /// <param name="json">The JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is malformed or breaks the schema; the message names the entry (see
    /// <see cref="LearnerStateJson.Read"/>).</exception>
    public void ImportState(string json)
    {
        var (positive, negative) = LearnerStateJson.Read(json);
        lock (_gate)
        {
            _positive = positive;
            _negative = negative;
        }
    }

    private static bool IsBetter(double score, double quality, decimal cost, double bestScore, double bestQuality, decimal bestCost) =>
        score > bestScore || (score == bestScore && (quality > bestQuality || (quality == bestQuality && cost < bestCost)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
