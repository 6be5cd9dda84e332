namespace VideoPipeline.Sdk.Styles.Analytics.Internal;

/// <summary>
/// One id's counters. Every read and write takes the record's own lock for a few arithmetic operations, so a snapshot is
/// consistent and the decayed trend never loses a use; different ids never contend.
/// </summary>
internal sealed class UsageRecord
{
    private readonly Lock _gate = new();
    private long _uses;
    private long _ratingCount;
    private long _ratingSum;
    private long _published;
    private long _regenerated;
    private long _abandoned;
    private double _trend;
    private DateTimeOffset _trendAt;

    public void AddUse(DateTimeOffset now, TimeSpan halfLife)
    {
        lock (_gate)
        {
            _uses++;
            _trend = Decay(_trend, _trendAt, now, halfLife) + 1;
            _trendAt = now;
        }
    }

    public void AddRating(int stars)
    {
        lock (_gate)
        {
            _ratingCount++;
            _ratingSum += stars;
        }
    }

    public void AddOutcome(StyleOutcome outcome)
    {
        lock (_gate)
        {
            switch (outcome)
            {
                case StyleOutcome.Published:
                    _published++;
                    break;
                case StyleOutcome.Regenerated:
                    _regenerated++;
                    break;
                default:
                    _abandoned++;
                    break;
            }
        }
    }

    public StyleUsageStatistics Snapshot(string styleId, DateTimeOffset now, TimeSpan halfLife, double priorRating, double priorWeight)
    {
        lock (_gate)
        {
            return new StyleUsageStatistics
            {
                StyleId = styleId,
                Uses = _uses,
                RatingCount = _ratingCount,
                MeanRating = _ratingCount == 0 ? null : (double)_ratingSum / _ratingCount,
                BayesianRating = BayesianAverage(_ratingSum, _ratingCount, priorRating, priorWeight),
                TrendingScore = Decay(_trend, _trendAt, now, halfLife),
                PublishedCount = _published,
                RegeneratedCount = _regenerated,
                AbandonedCount = _abandoned,
            };
        }
    }

    /// <summary>The Bayesian average <c>(C × m + sum) / (C + n)</c>; the prior itself when there is no rating and no weight.</summary>
    public static double BayesianAverage(long sum, long count, double priorRating, double priorWeight) =>
        count == 0 ? priorRating : ((priorWeight * priorRating) + sum) / (priorWeight + count);

    /// <summary>A trend value decayed by half every half-life from <paramref name="at"/> to <paramref name="now"/>; a clock that went back decays nothing.</summary>
    private static double Decay(double value, DateTimeOffset at, DateTimeOffset now, TimeSpan halfLife)
    {
        var elapsed = now - at;
        return value == 0 || elapsed <= TimeSpan.Zero ? value : value * Math.Pow(2, -(elapsed / halfLife));
    }
}
