using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressFractionTests
{
    [Fact]
    public void Fraction_WeightsSteps_ByTheirExpectedShareOfWork()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("small", weight: 1), Step("large", weight: 3));

        job.GetStep("small").Complete();
        Assert.Equal(0.25, job.GetProgress().Fraction, 10);

        job.GetStep("large").Report(0.5);
        Assert.Equal(0.25 + (0.75 * 0.5), job.GetProgress().Fraction, 10);
    }

    [Fact]
    public void Fraction_OfAStepWithSubSteps_IsTheWeightedMeanOfTheirs()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        var b = job.GetStep("b");
        var first = b.AddSubStep(Step("b1", weight: 1));
        b.AddSubStep(Step("b2", weight: 3));

        first.Complete();

        var progress = job.GetProgress();
        Assert.Equal(0.25, progress.Steps[1].Fraction, 10);
        Assert.Equal(0.125, progress.Fraction, 10);
        Assert.Equal(ProgressStatus.Succeeded, progress.Steps[1].SubSteps[0].Status);
        Assert.Equal(ProgressStatus.Running, progress.Steps[1].Status);
    }

    [Fact]
    public void Fraction_WhenAStepReportsLess_DoesNotGoBackwards()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        var a = job.GetStep("a");

        a.Report(0.6);
        var before = job.GetProgress();
        a.Report(0.2);
        var after = job.GetProgress();

        Assert.Equal(0.6, after.Steps[0].Fraction, 10);
        Assert.Equal(before.Fraction, after.Fraction, 10);
        Assert.True(after.Version > before.Version);
    }

    [Fact]
    public void Fraction_WhenASubStepIsAddedLate_HoldsUntilTheWorkCatchesUp()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        var a = job.GetStep("a");
        a.Report(0.8);
        Assert.Equal(0.8, job.GetProgress().Fraction, 10);

        var late = a.AddSubStep(Step("late"));
        Assert.Equal(0.8, job.GetProgress().Fraction, 10);
        late.Report(0.5);
        Assert.Equal(0.8, job.GetProgress().Fraction, 10);
        late.Report(0.9);
        Assert.Equal(0.9, job.GetProgress().Fraction, 10);
    }

    [Fact]
    public void Report_WithUnits_ReportsTheirRatio()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("frames"));

        job.GetStep("frames").Report(completedUnits: 3, totalUnits: 4);

        Assert.Equal(0.75, job.GetProgress().Fraction, 10);
    }

    [Fact]
    public void Job_WhenEveryStepCompletes_SucceedsWithFractionOne()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        var b = job.GetStep("b");
        var pending = b.AddSubStep(Step("never-started"));

        job.GetStep("a").Complete();
        b.Complete();

        var progress = job.GetProgress();
        Assert.Equal(ProgressStatus.Succeeded, progress.Status);
        Assert.True(progress.IsFinished);
        Assert.Equal(1, progress.Fraction);
        Assert.Equal(TimeSpan.Zero, progress.RemainingP50);
        Assert.Equal(TimeSpan.Zero, progress.RemainingP90);
        var subStep = progress.Steps[1].SubSteps[0];
        Assert.Equal(ProgressStatus.Succeeded, subStep.Status);
        Assert.Null(subStep.StartedAt);
        Assert.Equal(TimeSpan.Zero, subStep.Duration);
        Assert.Throws<InvalidOperationException>(() => pending.Report(0.5));
    }

    [Fact]
    public void Step_RecordsDurationsCostAndResourceUsage_AndRollsThemUp()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("render", "video-clip"));
        var render = job.GetStep("render");
        var clip1 = render.AddSubStep(Step("clip-1", "video-clip"));
        var clip2 = render.AddSubStep(Step("clip-2", "video-clip"));

        clip1.Start();
        host.Time.Advance(TimeSpan.FromSeconds(4));
        clip1.AddCost(Money.FromUsd(0.25m));
        clip1.AddResourceUsage(TimeSpan.FromSeconds(3), memoryBytes: 500);
        clip1.Complete();
        clip2.AddCost(Money.FromUsd(0.5m));
        clip2.AddResourceUsage(TimeSpan.FromSeconds(1), memoryBytes: 800);
        clip2.AddResourceUsage(TimeSpan.FromSeconds(1), memoryBytes: 100);
        host.Time.Advance(TimeSpan.FromSeconds(2));

        var progress = job.GetProgress();
        var step = progress.Steps[0];
        Assert.Equal(TimeSpan.FromSeconds(4), step.SubSteps[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(6), step.Duration);
        Assert.Equal(TimeSpan.FromSeconds(2), step.SubSteps[1].Duration);
        Assert.Equal(Money.FromUsd(0.75m), step.Cost);
        Assert.Equal(Money.FromUsd(0.75m), progress.Cost);
        Assert.Equal(TimeSpan.FromSeconds(5), step.CpuTime);
        Assert.Equal(800, step.PeakMemoryBytes);
        Assert.Equal(800, step.SubSteps[1].PeakMemoryBytes);
        Assert.Equal(TimeSpan.FromSeconds(6), progress.Elapsed);
    }

    [Fact]
    public void Cancel_CancelsTheJobAndItsUnfinishedSteps_Once()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        job.GetStep("a").Complete();
        job.GetStep("b").Report(0.5);

        Assert.True(job.Cancel());
        Assert.False(job.Cancel());

        var progress = job.GetProgress();
        Assert.Equal(ProgressStatus.Cancelled, progress.Status);
        Assert.Equal(ProgressStatus.Succeeded, progress.Steps[0].Status);
        Assert.Equal(ProgressStatus.Cancelled, progress.Steps[1].Status);
        Assert.Equal(0.75, progress.Fraction, 10);
    }
}
