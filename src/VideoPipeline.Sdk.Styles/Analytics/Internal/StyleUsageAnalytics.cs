using System.Collections.Concurrent;
using System.Globalization;

namespace VideoPipeline.Sdk.Styles.Analytics.Internal;

/// <summary>
/// The in-memory usage analytics. Ids are kept in a <see cref="ConcurrentDictionary{TKey, TValue}"/> (ignoring case) of
/// <see cref="UsageRecord"/>s, each with its own short lock; the number of ids is capped by reserving a slot with
/// <see cref="Interlocked"/> before adding one, and the global rating sum and count (the Bayesian prior) are
/// <see cref="Interlocked"/> counters.
/// </summary>
internal sealed class StyleUsageAnalytics : IStyleUsageAnalytics
{
    /// <summary>The longest id: 200 characters.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The prior rating before any rating is recorded: 3 stars, the middle of the scale.</summary>
    public const double NeutralRating = 3;

    /// <summary>The lowest rating: 1 star.</summary>
    public const int MinStars = 1;

    /// <summary>The highest rating: 5 stars.</summary>
    public const int MaxStars = 5;

    private readonly ConcurrentDictionary<string, UsageRecord> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string, StyleCategory?> _categoryOf;
    private readonly StyleUsageMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxTracked;
    private readonly double _priorWeight;
    private readonly TimeSpan _halfLife;
    private int _tracked;
    private long _ratingCount;
    private long _ratingSum;

    public StyleUsageAnalytics(Func<string, StyleCategory?> categoryOf, StyleUsageMetrics metrics, TimeProvider timeProvider, StylesOptions options)
    {
        _categoryOf = categoryOf;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _maxTracked = options.MaxTrackedStyles;
        _priorWeight = options.RatingPriorWeight;
        _halfLife = options.TrendingHalfLife;
    }

    /// <summary>Gets the prior of the Bayesian average: the mean of every rating recorded, or 3 before there is any.</summary>
    public double PriorRating
    {
        get
        {
            var count = Interlocked.Read(ref _ratingCount);
            return count == 0 ? NeutralRating : (double)Interlocked.Read(ref _ratingSum) / count;
        }
    }

    public bool RecordUse(string styleId)
    {
        CheckId(styleId);
        _metrics.RecordUse(_categoryOf(styleId));
        var record = GetOrAdd(styleId);
        record?.AddUse(_timeProvider.GetUtcNow(), _halfLife);
        return record is not null;
    }

    public bool RecordRating(string styleId, int stars)
    {
        CheckId(styleId);
        if (stars is < MinStars or > MaxStars)
        {
            throw new ArgumentOutOfRangeException(
                nameof(stars),
                stars,
                string.Create(CultureInfo.InvariantCulture, $"The rating is {stars} stars; it must be from {MinStars} to {MaxStars}."));
        }

        _metrics.RecordRating(_categoryOf(styleId));
        var record = GetOrAdd(styleId);
        if (record is null)
        {
            return false;
        }

        record.AddRating(stars);
        Interlocked.Add(ref _ratingSum, stars);
        Interlocked.Increment(ref _ratingCount);
        return true;
    }

    public bool RecordOutcome(string styleId, StyleOutcome outcome)
    {
        CheckId(styleId);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "The outcome must be a defined StyleOutcome.");
        }

        _metrics.RecordOutcome(_categoryOf(styleId), outcome);
        var record = GetOrAdd(styleId);
        record?.AddOutcome(outcome);
        return record is not null;
    }

    public StyleUsageStatistics GetStatistics(string styleId)
    {
        CheckId(styleId);
        var prior = PriorRating;
        return _records.TryGetValue(styleId, out var record)
            ? record.Snapshot(styleId, _timeProvider.GetUtcNow(), _halfLife, prior, _priorWeight)
            : new StyleUsageStatistics { StyleId = styleId, BayesianRating = prior };
    }

    private static void CheckId(string styleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(styleId);
        if (styleId.Length > MaxIdLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The style id has {styleId.Length} characters; it must have at most {MaxIdLength}."),
                nameof(styleId));
        }
    }

    /// <summary>Gets the id's record, adding it when there is room; <see langword="null"/> when the id is new and the cap is reached.</summary>
    private UsageRecord? GetOrAdd(string styleId)
    {
        if (_records.TryGetValue(styleId, out var record))
        {
            return record;
        }

        if (Interlocked.Increment(ref _tracked) > _maxTracked)
        {
            Interlocked.Decrement(ref _tracked);
            return _records.GetValueOrDefault(styleId);
        }

        var added = new UsageRecord();
        var existing = _records.GetOrAdd(styleId, added);
        if (!ReferenceEquals(existing, added))
        {
            // Another thread added the id first: give the slot back.
            Interlocked.Decrement(ref _tracked);
        }

        return existing;
    }
}
