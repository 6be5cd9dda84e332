using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressRetentionTests
{
    [Fact]
    public void FinishedJob_IsForgotten_AfterItsRetention()
    {
        using var host = new ProgressHost(options => options.FinishedJobRetention = TimeSpan.FromMinutes(10));
        host.Start("job", Step("a")).GetStep("a").Complete();

        host.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.NotNull(host.Tracker.GetProgress("job"));

        host.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Null(host.Tracker.GetProgress("job"));
        Assert.Throws<KeyNotFoundException>(() => host.Tracker.WatchAsync("job"));
    }

    [Fact]
    public void FinishedJobs_BeyondTheCount_AreForgottenOldestFirst()
    {
        using var host = new ProgressHost(options => options.MaxFinishedJobs = 2);
        for (var i = 0; i < 3; i++)
        {
            host.Start($"job-{i}", Step("a")).GetStep("a").Complete();
            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(host.Tracker.GetProgress("job-0"));
        Assert.NotNull(host.Tracker.GetProgress("job-1"));
        Assert.NotNull(host.Tracker.GetProgress("job-2"));
    }

    [Fact]
    public void StartingAJobBeyondMaxActiveJobs_Throws_UntilOneFinishes()
    {
        using var host = new ProgressHost(options => options.MaxActiveJobs = 2);
        var first = host.Start("job-0", Step("a"));
        host.Start("job-1", Step("a"));

        var error = Assert.Throws<InvalidOperationException>(() => host.Start("job-2", Step("a")));
        Assert.Contains("VideoPipeline:Monitoring:Progress:MaxActiveJobs is 2", error.Message, StringComparison.Ordinal);
        Assert.Null(host.Tracker.GetProgress("job-2"));

        first.Cancel();
        Assert.NotNull(host.Start("job-2", Step("a")));
        Assert.Throws<InvalidOperationException>(() => host.Start("job-0", Step("a")));
    }

    [Fact]
    public void RunningJob_IsKept_HoweverLongItRuns()
    {
        using var host = new ProgressHost(options => (options.FinishedJobRetention, options.MaxFinishedJobs) = (TimeSpan.Zero, 0));
        host.Start("running", Step("a"));
        host.Start("done", Step("a")).GetStep("a").Complete();

        host.Time.Advance(TimeSpan.FromDays(30));

        Assert.NotNull(host.Tracker.GetProgress("running"));
        Assert.Null(host.Tracker.GetProgress("done"));
    }

    [Fact]
    public void RestartedJobId_IsNotForgotten_WhenTheEarlierRunExpires()
    {
        using var host = new ProgressHost(options => options.FinishedJobRetention = TimeSpan.FromMinutes(1));
        host.Start("job", Step("a")).GetStep("a").Complete();
        host.Start("job", Step("b"));

        host.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("b", host.Tracker.GetProgress("job")!.Steps[0].Name);
    }
}
