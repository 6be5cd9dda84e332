using System.Diagnostics.CodeAnalysis;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Estimates what a video costs before it is generated: plans it under a quality profile with the routes of the
/// <see cref="ProviderCatalog"/> (see <see cref="ProductionPlan"/>) and prices every step with its route's
/// <see cref="RoutePrice"/>. Registered by <c>AddQuality</c> as a singleton; safe to use from many threads at once.
/// </summary>
[SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Every overload ends with the optional CancellationToken, as in the BCL; the overloads differ in a required parameter, so no call is ambiguous.")]
public interface ICostEstimator
{
    /// <summary>
    /// Estimates the cost of a script under the host's effective profile of a level (<see cref="QualityProfiles"/>). The
    /// analysis's totals are split evenly over its <see cref="ContentAnalysis.EstimatedScenes"/>, and every scene follows
    /// the profile (no per-scene adaptation).
    /// </summary>
    /// <param name="analysis">The script's analysis, from <see cref="IContentAnalyzer.Analyze(string)"/>. An analysis without
    /// scenes gives an empty plan that costs nothing.</param>
    /// <param name="level">The quality level.</param>
    /// <param name="cancellationToken">Cancels the estimate.</param>
    /// <returns>The estimate, with the plan it priced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="QualityLevel"/>.</exception>
    /// <exception cref="InvalidOperationException">A kind the plan needs has no usable route in the catalog today; the
    /// message names the kind.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityLevel level, CancellationToken cancellationToken = default);

    /// <summary>
    /// Estimates the cost of a script under a profile, such as a configured profile changed with a <see langword="with"/>
    /// expression. The analysis's totals are split evenly over its <see cref="ContentAnalysis.EstimatedScenes"/>, and
    /// every scene follows the profile.
    /// </summary>
    /// <param name="analysis">The script's analysis. An analysis without scenes gives an empty plan that costs nothing.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="cancellationToken">Cancels the estimate.</param>
    /// <returns>The estimate, with the plan it priced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or <paramref name="profile"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A kind the plan needs has no usable route in the catalog today; the
    /// message names the kind.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Prices a plan that was already made, for example one an estimate returned.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the estimate.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<CostEstimate> EstimateAsync(ProductionPlan plan, CancellationToken cancellationToken = default);
}
