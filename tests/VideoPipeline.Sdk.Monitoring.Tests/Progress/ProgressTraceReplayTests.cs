using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

/// <summary>
/// Replays synthetic traces (seeded, on a fake clock) of jobs whose steps run at uneven rates, report lower fractions, get
/// sub-steps late and teach the priors as they go, and checks every snapshot against the documented rules.
/// </summary>
public sealed class ProgressTraceReplayTests
{
    private const double ToleranceSeconds = 1e-3;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReplayedTrace_PolledSnapshots_AreMonotoneNonNegativeAndDoNotJump(int seed)
    {
        using var host = new ProgressHost(options => options.DefaultStepDuration = TimeSpan.FromSeconds(5));
        var random = new Random(seed);
        for (var run = 0; run < 4; run++)
        {
            var snapshots = new List<JobProgress>();
            Replay(host, $"job-{run}", random, job => snapshots.Add(job.GetProgress()));
            AssertFollowsTheRules(snapshots);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task ReplayedTrace_StreamedSnapshots_AreMonotoneNonNegativeAndDoNotJump(int seed)
    {
        using var host = new ProgressHost(options => options.SubscriberBufferSize = 10_000);
        var random = new Random(seed);
        for (var run = 0; run < 3; run++)
        {
            var jobId = $"job-{run}";
            IAsyncEnumerable<JobProgress>? stream = null;
            Replay(host, jobId, random, job => stream ??= host.Tracker.WatchAsync(jobId));
            var snapshots = new List<JobProgress>();
            await foreach (var snapshot in stream!)
            {
                snapshots.Add(snapshot);
            }

            Assert.True(snapshots.Count > 10);
            Assert.Equal(ProgressStatus.Succeeded, snapshots[^1].Status);
            AssertFollowsTheRules(snapshots);
        }
    }

    private static void Replay(ProgressHost host, string jobId, Random random, Action<IJobProgress> observe)
    {
        var job = host.Start(jobId, Step("script", "text", 1), Step("images", "image", 3), Step("clips", "video-clip", 6));
        observe(job);
        foreach (var name in new[] { "script", "images", "clips" })
        {
            var step = job.GetStep(name);
            var subSteps = new List<IStepProgress>();
            var reported = 0.0;
            var rate = 0.02 + (random.NextDouble() * 0.2);
            while (reported < 1)
            {
                host.Time.Advance(TimeSpan.FromMilliseconds(random.Next(50, 4000)));
                switch (random.Next(6))
                {
                    case 0:
                        step.Report(Math.Max(0, reported - 0.3));
                        break;
                    case 1 when subSteps.Count < 3:
                        subSteps.Add(step.AddSubStep(Step($"{name}-{subSteps.Count}", "image", 1 + random.Next(3))));
                        break;
                    case 2 when subSteps.Count > 0:
                        subSteps[random.Next(subSteps.Count)].Report(random.NextDouble());
                        break;
                    default:
                        reported = Math.Min(1, reported + (rate * random.NextDouble()));
                        step.Report(reported);
                        break;
                }

                observe(job);
            }

            step.Complete();
            observe(job);
        }

        Assert.True(job.GetProgress().IsFinished);
    }

    private static void AssertFollowsTheRules(List<JobProgress> snapshots)
    {
        for (var i = 0; i < snapshots.Count; i++)
        {
            var current = snapshots[i];
            Assert.InRange(current.Fraction, 0, 1);
            Assert.True(current.RemainingP50 >= TimeSpan.Zero, $"Snapshot {i} has a negative ETA.");
            Assert.True(current.RemainingP90 >= current.RemainingP50, $"Snapshot {i} has its P90 below its P50.");
            if (i == 0)
            {
                continue;
            }

            var previous = snapshots[i - 1];
            Assert.True(current.Fraction >= previous.Fraction, $"Snapshot {i} went back from {previous.Fraction} to {current.Fraction}.");
            Assert.True(current.Version >= previous.Version);
            if (!current.IsFinished)
            {
                var elapsed = (current.Timestamp - previous.Timestamp).TotalSeconds;
                AssertWithinRule(i, previous.RemainingP50.TotalSeconds, current.RemainingP50.TotalSeconds, elapsed);
                AssertWithinRule(i, previous.RemainingP90.TotalSeconds, current.RemainingP90.TotalSeconds, elapsed);
            }
        }
    }

    /// <summary>The rule of <see cref="IProgressTracker"/>: the completion time moves by at most max(1 s, 25%) × min(1, Δt / 1 s).</summary>
    private static void AssertWithinRule(int index, double previous, double current, double elapsedSeconds)
    {
        var expected = Math.Max(0, previous - elapsedSeconds);
        var limit = Math.Max(1, 0.25 * previous) * Math.Min(1, elapsedSeconds);
        Assert.True(
            Math.Abs(current - expected) <= limit + ToleranceSeconds,
            $"Snapshot {index} moved the ETA from {expected:0.###} s to {current:0.###} s after {elapsedSeconds:0.###} s; the limit is {limit:0.###} s.");
    }
}
