using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressEtaTests
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void Eta_OfAnUnknownStepType_IsTheDefaultPrior_WithAP90TwiceAsLong()
    {
        using var host = new ProgressHost(options => options.DefaultStepDuration = TimeSpan.FromSeconds(20));
        var job = host.Start("job", Step("a", "image"), Step("b", "video-clip"));

        var progress = job.GetProgress();

        Assert.Equal(40, progress.RemainingP50.TotalSeconds, Tolerance);
        Assert.Equal(80, progress.RemainingP90.TotalSeconds, Tolerance);
        Assert.Equal(progress.Timestamp + progress.RemainingP50, progress.EstimatedCompletionP50);
        Assert.Equal(progress.Timestamp + progress.RemainingP90, progress.EstimatedCompletionP90);
    }

    [Fact]
    public void Priors_AreLearnedFromFinishedSteps_AcrossJobs()
    {
        using var host = new ProgressHost();
        RunStep(host, "first", "image", TimeSpan.FromSeconds(10));

        var second = host.Start("second", Step("a", "image"), Step("b", "other")).GetProgress();
        Assert.Equal(10 + 30, second.RemainingP50.TotalSeconds, Tolerance);
        Assert.Equal(20 + 60, second.RemainingP90.TotalSeconds, Tolerance);

        for (var i = 0; i < 5; i++)
        {
            RunStep(host, $"steady-{i}", "image", TimeSpan.FromSeconds(10));
        }

        var steady = host.Start("steady", Step("a", "image")).GetProgress();
        Assert.Equal(10, steady.RemainingP50.TotalSeconds, Tolerance);
        Assert.InRange(steady.RemainingP90.TotalSeconds, 10, 19);
    }

    [Fact]
    public void Priors_ResistAnOutlier_ByAveragingLogDurations()
    {
        using var host = new ProgressHost(options => options.PriorSmoothing = 0.2);
        RunStep(host, "usual", "image", TimeSpan.FromSeconds(10));
        RunStep(host, "outlier", "image", TimeSpan.FromSeconds(1000));

        var progress = host.Start("next", Step("a", "image")).GetProgress();

        // exp(ln 10 + 0.2 · ln 100) = 10 · 100^0.2 ≈ 25.1 s, where a mean of durations would say 208 s.
        Assert.Equal(10 * Math.Pow(100, 0.2), progress.RemainingP50.TotalSeconds, Tolerance);
        Assert.True(progress.RemainingP90 >= progress.RemainingP50);
    }

    [Fact]
    public void Eta_OfARunningStep_BlendsThePriorWithTheObservedRate()
    {
        using var host = new ProgressHost(options => options.DefaultStepDuration = TimeSpan.FromSeconds(30));
        var job = host.Start("job", Step("a"));
        var step = job.GetStep("a");
        step.Start();
        host.Time.Advance(TimeSpan.FromSeconds(10));
        step.Report(0.5);

        var progress = job.GetProgress();

        // The prior says 15 s are left, the observed rate 10 s; the weight on the rate is the fraction: 0.5 · 15 + 0.5 · 10.
        Assert.Equal(12.5, progress.RemainingP50.TotalSeconds, Tolerance);
        // The P90 widens the P50 by the prior's P90/P50 ratio (2), narrowed by the fraction done: 12.5 · (1 + 1 · 0.5).
        Assert.Equal(18.75, progress.RemainingP90.TotalSeconds, Tolerance);
    }

    [Fact]
    public void Eta_WhenTheRawEstimateDrops_MovesByAtMostAQuarterOfTheRemainingTimePerSecond()
    {
        using var host = new ProgressHost(options => options.DefaultStepDuration = TimeSpan.FromSeconds(30));
        var job = host.Start("job", Step("a", "fast"), Step("b", "slow"));
        Assert.Equal(60, job.GetProgress().RemainingP50.TotalSeconds, Tolerance);

        var a = job.GetStep("a");
        a.Start();
        host.Time.Advance(TimeSpan.FromSeconds(1));
        a.Complete();

        // The raw estimate is 30 s; the expected 60 − 1 = 59 s may move by at most max(1, 0.25 · 60) · min(1, 1 s / 1 s) = 15 s.
        var clamped = job.GetProgress();
        Assert.Equal(44, clamped.RemainingP50.TotalSeconds, Tolerance);
        Assert.Equal(clamped.RemainingP50, job.GetProgress().RemainingP50);

        // Ten seconds later the raw 30 s (step b is still pending) lies within 44 − 10 ± 11 s, so the estimate reaches it.
        host.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(30, job.GetProgress().RemainingP50.TotalSeconds, Tolerance);
    }

    [Fact]
    public void Eta_Always_HasP50AtMostP90()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b", "video-clip"));
        var a = job.GetStep("a");
        for (var i = 1; i <= 10; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(i));
            a.Report(i / 10.0 * 0.9);
            var progress = job.GetProgress();
            Assert.True(progress.RemainingP50 >= TimeSpan.Zero);
            Assert.True(progress.RemainingP90 >= progress.RemainingP50);
        }
    }

    private static void RunStep(ProgressHost host, string jobId, string stepType, TimeSpan duration)
    {
        var step = host.Start(jobId, Step("only", stepType)).GetStep("only");
        step.Start();
        host.Time.Advance(duration);
        step.Complete();
    }
}
