namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What the caller allows the optimizer to spend and choose: a budget tier, a maximum cost or both, the lowest profile
/// acceptable, how important the video is, who it is for and when it must be ready.
/// </summary>
/// <remarks>
/// At least one of <see cref="BudgetTier"/> and <see cref="MaxCost"/> must be set. The optimizer never returns a plan whose
/// maximum cost (expected cost plus retry reserve) is above <see cref="MaxCost"/>; when no profile between
/// <see cref="MinimumTier"/> and <see cref="BudgetTier"/> fits, it says so.
/// </remarks>
public sealed record QualityConstraints
{
    /// <summary>Gets the best profile the caller pays for: profiles above it are not considered.</summary>
    /// <value>The default is <see langword="null"/>: every profile up to <see cref="QualityLevel.Ultra"/>, limited by <see cref="MaxCost"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public QualityLevel? BudgetTier
    {
        get;
        init => field = Defined(value, nameof(BudgetTier));
    }

    /// <summary>Gets the lowest profile the caller accepts: profiles below it are not considered.</summary>
    /// <value>The default is <see langword="null"/>: from <see cref="QualityLevel.Economy"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public QualityLevel? MinimumTier
    {
        get;
        init => field = Defined(value, nameof(MinimumTier));
    }

    /// <summary>Gets the most the whole video may cost, retry reserve included.</summary>
    /// <value>The default is <see langword="null"/>: no limit beyond <see cref="BudgetTier"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative amount.</exception>
    public Money? MaxCost
    {
        get;
        init => field = value is { } cost && cost <= Money.Zero
            ? throw new ArgumentOutOfRangeException(nameof(MaxCost), cost, $"MaxCost is {cost}; it must be positive.")
            : value;
    }

    /// <summary>Gets how much a better video is worth compared with its price.</summary>
    /// <value>The default is <see cref="ContentImportance.Normal"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ContentImportance Importance
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Importance), value, $"Importance is {(int)value}; it must be one of {string.Join(", ", Enum.GetNames<ContentImportance>())}.");
    } = ContentImportance.Normal;

    /// <summary>Gets who the video is for.</summary>
    /// <value>The default is <see cref="TargetAudience.General"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public TargetAudience Audience
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Audience), value, $"Audience is {(int)value}; it must be one of {string.Join(", ", Enum.GetNames<TargetAudience>())}.");
    }

    /// <summary>Gets when the video must be ready: plans whose estimated generation time ends later are not chosen.</summary>
    /// <value>The default is <see langword="null"/>: no deadline.</value>
    public DateTimeOffset? Deadline { get; init; }

    private static QualityLevel? Defined(QualityLevel? value, string propertyName) =>
        value is { } level && !Enum.IsDefined(level)
            ? throw new ArgumentOutOfRangeException(propertyName, level, $"{propertyName} is {(int)level}; it must be one of {string.Join(", ", Enum.GetNames<QualityLevel>())}.")
            : value;
}
