using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressBadInputTests
{
    [Fact]
    public void StartJob_WithNullOrEmptyId_Throws()
    {
        using var host = new ProgressHost();

        Assert.Throws<ArgumentNullException>("jobId", () => host.Tracker.StartJob(null!, [Step("a")]));
        Assert.Throws<ArgumentException>("jobId", () => host.Tracker.StartJob("", [Step("a")]));
        Assert.Throws<ArgumentException>("jobId", () => host.Tracker.StartJob("  ", [Step("a")]));
    }

    [Fact]
    public void StartJob_WithNullEmptyOrDuplicateSteps_Throws()
    {
        using var host = new ProgressHost();

        Assert.Throws<ArgumentNullException>("steps", () => host.Tracker.StartJob("job", null!));
        Assert.Throws<ArgumentNullException>("steps", () => host.Tracker.StartJob("job", [Step("a"), null!]));
        var empty = Assert.Throws<ArgumentException>("steps", () => host.Tracker.StartJob("job", []));
        Assert.Contains("at least one step", empty.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>("steps", () => host.Tracker.StartJob("job", [Step("a"), Step("a")]));
        Assert.Contains("two steps named 'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.Null(host.Tracker.GetProgress("job"));
    }

    [Fact]
    public void StartJob_WithTheIdOfARunningJob_Throws_ButAFinishedIdCanStartAgain()
    {
        using var host = new ProgressHost();
        var first = host.Start("job", Step("a"));

        var error = Assert.Throws<ArgumentException>("jobId", () => host.Start("job", Step("a")));
        Assert.Contains("'job'", error.Message, StringComparison.Ordinal);

        first.GetStep("a").Complete();
        var second = host.Start("job", Step("b"));
        Assert.Equal("b", host.Tracker.GetProgress("job")!.Steps[0].Name);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void StepDefinition_WithNullOrEmptyNamesOrBadWeights_Throws()
    {
        Assert.Throws<ArgumentNullException>("name", () => new ProgressStepDefinition(null!, "image"));
        Assert.Throws<ArgumentException>("name", () => new ProgressStepDefinition(" ", "image"));
        Assert.Throws<ArgumentNullException>("stepType", () => new ProgressStepDefinition("a", null!));
        Assert.Throws<ArgumentException>("stepType", () => new ProgressStepDefinition("a", ""));
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new ProgressStepDefinition("a", "image", 0));
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new ProgressStepDefinition("a", "image", -1));
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new ProgressStepDefinition("a", "image", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new ProgressStepDefinition("a", "image", ProgressStepDefinition.MaxWeight * 2));
    }

    [Fact]
    public void UnknownJobId_IsNullForGetProgress_AndThrowsForWatchAsync()
    {
        using var host = new ProgressHost();

        Assert.Null(host.Tracker.GetProgress("missing"));
        var error = Assert.Throws<KeyNotFoundException>(() => host.Tracker.WatchAsync("missing"));
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("jobId", () => host.Tracker.GetProgress(null!));
        Assert.Throws<ArgumentException>("jobId", () => host.Tracker.WatchAsync(""));
    }

    [Fact]
    public void GetStep_WithAnUnknownOrEmptyName_Throws()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));

        Assert.Throws<KeyNotFoundException>(() => job.GetStep("b"));
        Assert.Throws<ArgumentException>("name", () => job.GetStep(""));
        Assert.Throws<ArgumentNullException>("name", () => job.GetStep(null!));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Report_WithAFractionOutsideZeroToOne_Throws(double fraction)
    {
        using var host = new ProgressHost();
        var step = host.Start("job", Step("a")).GetStep("a");

        Assert.Throws<ArgumentOutOfRangeException>("fraction", () => step.Report(fraction));
    }

    [Fact]
    public void Report_WithBadUnits_Throws()
    {
        using var host = new ProgressHost();
        var step = host.Start("job", Step("a")).GetStep("a");

        Assert.Throws<ArgumentOutOfRangeException>("totalUnits", () => step.Report(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("completedUnits", () => step.Report(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>("completedUnits", () => step.Report(5, 4));
    }

    [Fact]
    public void NegativeCostDurationsOrMemory_Throw()
    {
        using var host = new ProgressHost();
        var step = host.Start("job", Step("a")).GetStep("a");

        Assert.Throws<ArgumentOutOfRangeException>("cost", () => step.AddCost(Money.FromUsd(-0.01m)));
        Assert.Throws<ArgumentOutOfRangeException>("cpuTime", () => step.AddResourceUsage(TimeSpan.FromSeconds(-1), 0));
        Assert.Throws<ArgumentOutOfRangeException>("memoryBytes", () => step.AddResourceUsage(TimeSpan.Zero, -1));
        Assert.Throws<ArgumentNullException>("exception", () => step.Fail(null!));
        Assert.Throws<ArgumentNullException>("definition", () => step.AddSubStep(null!));
    }

    [Fact]
    public void AddSubStep_WithADuplicateName_Throws()
    {
        using var host = new ProgressHost();
        var step = host.Start("job", Step("a")).GetStep("a");
        step.AddSubStep(Step("x"));

        var error = Assert.Throws<ArgumentException>("definition", () => step.AddSubStep(Step("x")));
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingOnAFinishedStep_Throws()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        var a = job.GetStep("a");
        a.Complete();

        var error = Assert.Throws<InvalidOperationException>(() => a.Report(0.5));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("succeeded", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(a.Start);
        Assert.Throws<InvalidOperationException>(() => a.AddCost(Money.Zero));
        Assert.Throws<InvalidOperationException>(() => a.AddResourceUsage(TimeSpan.Zero, 0));
        Assert.Throws<InvalidOperationException>(() => a.AddSubStep(Step("late")));
        Assert.Throws<InvalidOperationException>(a.Complete);
        Assert.Throws<InvalidOperationException>(() => a.Fail(new TimeoutException()));
        Assert.Equal(ProgressStatus.Running, job.GetProgress().Status);
    }

    [Fact]
    public void ReportingOnAStepOfACancelledJob_Throws()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        var a = job.GetStep("a");
        job.Cancel();

        var error = Assert.Throws<InvalidOperationException>(() => a.Report(0.5));
        Assert.Contains("cancelled", error.Message, StringComparison.Ordinal);
    }
}
