namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// One way to generate one kind of media: a provider's model with what it can produce (resolutions, frame rates, clip
/// lengths, audio), what it costs, how good and how fast it is, and when its facts were captured, deprecated and removed.
/// </summary>
/// <remarks>
/// Routes are facts about third parties that go stale: every route carries the date its facts were captured and the page
/// they came from. The built-in routes are examples (<see cref="IsExample"/>) to be replaced by the integrator's
/// contracts, from configuration or a catalog file. Cross-field rules (a video route needs resolutions, frame rates and
/// clip lengths; removal is not before deprecation) are checked when a <see cref="ProviderCatalog"/> is built.
/// </remarks>
public sealed record GenerationRoute
{
    /// <summary>Gets the identifier of the route, unique in its catalog (for example <c>example-video-fast-720p</c>).</summary>
    /// <exception cref="ArgumentException">Set to <see langword="null"/>, empty or white space.</exception>
    public required string Id
    {
        get;
        init => field = RequireText(value, nameof(Id));
    }

    /// <summary>Gets the provider name that requests for this route carry (<see cref="GenerationRequest.Provider"/>).</summary>
    /// <exception cref="ArgumentException">Set to <see langword="null"/>, empty or white space.</exception>
    public required string Provider
    {
        get;
        init => field = RequireText(value, nameof(Provider));
    }

    /// <summary>Gets the model that requests for this route carry (<see cref="GenerationRequest.Model"/>).</summary>
    /// <exception cref="ArgumentException">Set to <see langword="null"/>, empty or white space.</exception>
    public required string Model
    {
        get;
        init => field = RequireText(value, nameof(Model));
    }

    /// <summary>Gets the kind of media the route produces.</summary>
    public required MediaKind Kind { get; init; }

    /// <summary>Gets the capability class of the route within its kind.</summary>
    public required RouteTier Tier { get; init; }

    /// <summary>
    /// Gets the relative output quality of the route among routes of its kind, from 0 (worst) to 1 (best), for example
    /// from a public arena ranking or the integrator's own ratings. The optimizer's prior belief before any feedback.
    /// </summary>
    /// <value>The default is 0.5.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public double Quality
    {
        get;
        init => field = double.IsFinite(value) && value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Quality), value, "Quality must be between 0 and 1.");
    } = 0.5;

    /// <summary>Gets the output resolutions the route offers, as vertical pixels (<c>720</c> for 720p), ascending.</summary>
    /// <value>The default is empty, for kinds without a resolution (speech, music, text).</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A resolution is not positive.</exception>
    public IReadOnlyList<int> Resolutions
    {
        get => field ?? [];
        init => field = SortedPositive(value, nameof(Resolutions));
    }

    /// <summary>Gets the frame rates the route offers, ascending.</summary>
    /// <value>The default is empty, for kinds other than video.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A frame rate is not a positive finite number.</exception>
    public IReadOnlyList<double> FramesPerSecond
    {
        get => field ?? [];
        init => field = SortedPositive(value, nameof(FramesPerSecond));
    }

    /// <summary>Gets the clip lengths the route offers per call, ascending (many video models offer a few fixed lengths).</summary>
    /// <value>The default is empty, for kinds other than video.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A clip length is not positive.</exception>
    public IReadOnlyList<TimeSpan> ClipDurations
    {
        get => field ?? [];
        init => field = SortedPositive(value, nameof(ClipDurations));
    }

    /// <summary>Gets a value indicating whether the route can generate an audio track together with the video.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool SupportsAudio { get; init; }

    /// <summary>Gets the price function of the route, or <see langword="null"/> when its price is unknown: estimates that use
    /// the route then say that their cost is unknown.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public RoutePrice? Price { get; init; }

    /// <summary>Gets the typical time one call takes, used to check plans against a deadline.</summary>
    /// <value>The default is zero (unknown: the route is assumed not to delay a plan).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative time.</exception>
    public TimeSpan TypicalLatency
    {
        get;
        init => field = value >= TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TypicalLatency), value, "TypicalLatency must not be negative.");
    }

    /// <summary>Gets the date the route's facts (capabilities and price) were captured.</summary>
    public required DateOnly CapturedOn { get; init; }

    /// <summary>Gets the date from which the provider deprecates the route, if announced.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public DateOnly? DeprecatedOn { get; init; }

    /// <summary>Gets the date from which the route no longer works, if announced. It is never chosen from that date on.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public DateOnly? RemovedOn { get; init; }

    /// <summary>Gets the page the route's facts were taken from, such as the provider's pricing page.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public Uri? Source { get; init; }

    /// <summary>Gets a value indicating whether the route's figures are examples, to be replaced by the integrator's contracts.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IsExample { get; init; }

    /// <summary>Gets the status of the route on a date.</summary>
    /// <param name="date">The date, usually today in UTC.</param>
    /// <returns><see cref="RouteStatus.Removed"/> on or after <see cref="RemovedOn"/>, else <see cref="RouteStatus.Deprecated"/>
    /// on or after <see cref="DeprecatedOn"/>, else <see cref="RouteStatus.Active"/>.</returns>
    public RouteStatus GetStatus(DateOnly date) =>
        RemovedOn is { } removed && date >= removed ? RouteStatus.Removed
        : DeprecatedOn is { } deprecated && date >= deprecated ? RouteStatus.Deprecated
        : RouteStatus.Active;

    /// <summary>Returns whether this route and <paramref name="other"/> are equal: every property equal, the lists element by
    /// element in order.</summary>
    /// <param name="other">The other route.</param>
    /// <returns><see langword="true"/> when the routes are equal.</returns>
    public bool Equals(GenerationRoute? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Provider == other.Provider
            && Model == other.Model
            && Kind == other.Kind
            && Tier == other.Tier
            && Quality.Equals(other.Quality)
            && Resolutions.SequenceEqual(other.Resolutions)
            && FramesPerSecond.SequenceEqual(other.FramesPerSecond)
            && ClipDurations.SequenceEqual(other.ClipDurations)
            && SupportsAudio == other.SupportsAudio
            && Equals(Price, other.Price)
            && TypicalLatency == other.TypicalLatency
            && CapturedOn == other.CapturedOn
            && DeprecatedOn == other.DeprecatedOn
            && RemovedOn == other.RemovedOn
            && Equals(Source, other.Source)
            && IsExample == other.IsExample);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Provider, Model, Kind, Tier, Price, CapturedOn);

    private static string RequireText(string value, string propertyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, propertyName);
        return value;
    }

    private static T[] SortedPositive<T>(IReadOnlyList<T> value, string propertyName)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        var sorted = value.ToArray();
        Array.Sort(sorted);
        foreach (var item in sorted)
        {
            if (item.CompareTo(default!) <= 0 || item is double number && !double.IsFinite(number))
            {
                throw new ArgumentOutOfRangeException(propertyName, item, $"Every value of {propertyName} must be positive and finite.");
            }
        }

        return sorted;
    }
}
