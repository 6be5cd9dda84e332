using System.Globalization;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What a user thought of a generated video, for the run that produced it: an explicit rating or an implicit signal.
/// The optimizer learns from it which quality profile gives the best quality per dollar for each kind of content.
/// </summary>
/// <remarks>
/// Created only through the static factories, which check their arguments, so every instance holds a
/// <see cref="Value"/> between 0 and 1 and a positive <see cref="Weight"/>. An explicit rating weighs 1; an implicit signal
/// (<see cref="Regenerated(string)"/>, <see cref="Published(string)"/>, <see cref="Downloaded(string)"/>) weighs 0.5,
/// because it says less about quality: a user may publish a video that is merely good enough, or regenerate one to try
/// another idea.
/// </remarks>
public sealed record QualityFeedback
{
    private const double ExplicitWeight = 1;
    private const double ImplicitWeight = 0.5;

    private QualityFeedback(string runId, FeedbackKind kind, double value, double weight)
    {
        RunId = runId;
        Kind = kind;
        Value = value;
        Weight = weight;
    }

    /// <summary>Gets the id of the run that produced the video.</summary>
    public string RunId { get; }

    /// <summary>Gets where the feedback came from.</summary>
    public FeedbackKind Kind { get; }

    /// <summary>Gets how good the video was, between 0 (worst) and 1 (best). A regenerated video is 0, a published or
    /// downloaded one 1.</summary>
    public double Value { get; }

    /// <summary>Gets how much the feedback counts, as a number of observations: 1 for an explicit rating, 0.5 for an
    /// implicit signal.</summary>
    public double Weight { get; }

    /// <summary>Creates a rating in stars: 1 star is a <see cref="Value"/> of 0, 5 stars a value of 1, and each star
    /// between adds 0.25 (<c>(stars − 1) / 4</c>).</summary>
    /// <param name="runId">The id of the run that produced the video.</param>
    /// <param name="stars">The rating, from 1 to 5.</param>
    /// <returns>A <see cref="FeedbackKind.Rating"/> of weight 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stars"/> is below 1 or above 5.</exception>
    public static QualityFeedback FromStars(string runId, int stars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (stars is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(stars), string.Create(CultureInfo.InvariantCulture, $"stars is {stars}; it must be 1 to 5."));
        }

        return new QualityFeedback(runId, FeedbackKind.Rating, (stars - 1) / 4.0, ExplicitWeight);
    }

    /// <summary>Creates a rating as a score between 0 (worst) and 1 (best).</summary>
    /// <param name="runId">The id of the run that produced the video.</param>
    /// <param name="score">The rating, from 0 to 1.</param>
    /// <returns>A <see cref="FeedbackKind.Rating"/> of weight 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0, above 1 or not a number.</exception>
    public static QualityFeedback FromScore(string runId, double score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (score is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), string.Create(CultureInfo.InvariantCulture, $"score is {score}; it must be 0 to 1."));
        }

        return new QualityFeedback(runId, FeedbackKind.Rating, score, ExplicitWeight);
    }

    /// <summary>Creates the signal that the user generated the video again: a <see cref="Value"/> of 0 with weight 0.5.</summary>
    /// <param name="runId">The id of the run that produced the video.</param>
    /// <returns>A <see cref="FeedbackKind.Regenerated"/> signal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or white space.</exception>
    public static QualityFeedback Regenerated(string runId) => Implicit(runId, FeedbackKind.Regenerated, 0);

    /// <summary>Creates the signal that the user published the video: a <see cref="Value"/> of 1 with weight 0.5.</summary>
    /// <param name="runId">The id of the run that produced the video.</param>
    /// <returns>A <see cref="FeedbackKind.Published"/> signal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or white space.</exception>
    public static QualityFeedback Published(string runId) => Implicit(runId, FeedbackKind.Published, 1);

    /// <summary>Creates the signal that the user downloaded the video: a <see cref="Value"/> of 1 with weight 0.5.</summary>
    /// <param name="runId">The id of the run that produced the video.</param>
    /// <returns>A <see cref="FeedbackKind.Downloaded"/> signal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or white space.</exception>
    public static QualityFeedback Downloaded(string runId) => Implicit(runId, FeedbackKind.Downloaded, 1);

    private static QualityFeedback Implicit(string runId, FeedbackKind kind, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return new QualityFeedback(runId, kind, value, ImplicitWeight);
    }
}
