namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Chooses the quality profile and per-scene parameters that buy the best video under the caller's constraints, and
/// learns from feedback which profiles are worth their price for each content type.
/// </summary>
/// <remarks>
/// <para>
/// For each profile between the constraints' minimum and budget tier, the optimizer plans the content scene by scene
/// (static, talking-head scenes get a cheaper video route and a lower frame rate, action scenes a better route), estimates
/// the plan's cost and drops plans that break a constraint. Among the rest it chooses by budgeted Thompson sampling: it
/// draws each profile's quality for the content type from its belief (the plan's quality score as the prior, updated by
/// recorded feedback) and picks the best quality, weighted by <see cref="QualityConstraints.Importance"/>, per dollar.
/// Under <see cref="ContentImportance.Critical"/> it does not draw: it takes the profile of the highest expected quality.
/// </para>
/// <para>The optimizer is thread-safe. Its randomness is seeded (<see cref="QualityOptions.LearnerSeed"/>), so a host replays its choices given the same calls.</para>
/// </remarks>
public interface IQualityOptimizer
{
    /// <summary>Recommends a profile and a plan for a script or brief.</summary>
    /// <param name="content">The script or brief.</param>
    /// <param name="contentType">The kind of video, or <see cref="ContentType.Unknown"/> to use the detected one.</param>
    /// <param name="constraints">The budget and other constraints.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The recommendation; <see cref="QualityRecommendation.IsFeasible"/> is <see langword="false"/> when no plan fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="constraints"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The constraints set neither a budget tier nor a maximum cost, or their minimum
    /// tier is above their budget tier.</exception>
    /// <exception cref="InvalidOperationException">A kind of media every plan needs has no usable route in the catalog
    /// today; the message names the kind.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<QualityRecommendation> OptimizeForContentAsync(
        string content, ContentType contentType, QualityConstraints constraints, CancellationToken cancellationToken = default);

    /// <summary>Records what happened to the video of a run: a rating or an implicit signal.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns><see langword="true"/> when recorded; <see langword="false"/> when the run is unknown (never returned by this
    /// optimizer or its imported state, or forgotten after <see cref="QualityOptions.MaxTrackedRuns"/> newer runs), in which
    /// case nothing is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<bool> RecordFeedbackAsync(QualityFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Exports what the optimizer has learned, and the runs it can still take feedback for, as JSON for the
    /// integrator's own store.</summary>
    /// <returns>The state as a JSON document (schema version 1).</returns>
    string ExportState();

    /// <summary>Replaces what the optimizer has learned, and its runs, by a state exported before.</summary>
    /// <param name="json">The JSON document from <see cref="ExportState"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The document is malformed, of another schema version, or has an entry out of
    /// range; the message names the entry. The current state is then left unchanged.</exception>
    void ImportState(string json);
}
