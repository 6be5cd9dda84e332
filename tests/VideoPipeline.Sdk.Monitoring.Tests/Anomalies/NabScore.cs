namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

/// <summary>
/// A detector's score on some NAB series, the way NAB counts: one true positive per labelled window with a detection in
/// it (earliness is the share of the window left at the first one), and one false positive per detection outside every
/// window.
/// </summary>
internal sealed record NabScore(int Windows, int Detected, int FalsePositives, double EarlinessSum)
{
    public static NabScore Empty { get; } = new(0, 0, 0, 0);

    public double MeanEarliness => Detected == 0 ? double.NaN : EarlinessSum / Detected;

    public static NabScore Of(NabSeries series, Func<int, bool> fires)
    {
        var firstHit = new double?[series.Windows.Length];
        var falsePositives = 0;
        for (var index = 0; index < series.Values.Length; index++)
        {
            if (!fires(index))
            {
                continue;
            }

            var timestamp = series.Timestamps[index];
            var inside = false;
            for (var window = 0; window < series.Windows.Length; window++)
            {
                var (start, end) = series.Windows[window];
                if (timestamp >= start && timestamp <= end)
                {
                    inside = true;
                    firstHit[window] ??= (end - timestamp) / (end - start);
                }
            }

            if (!inside)
            {
                falsePositives++;
            }
        }

        var hits = firstHit.Where(hit => hit.HasValue).Select(hit => hit!.Value).ToArray();
        return new NabScore(series.Windows.Length, hits.Length, falsePositives, hits.Sum());
    }

    public NabScore Plus(NabScore other) =>
        new(Windows + other.Windows, Detected + other.Detected, FalsePositives + other.FalsePositives, EarlinessSum + other.EarlinessSum);
}
