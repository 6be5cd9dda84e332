using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressOptionsTests
{
    [Fact]
    public void Options_AreBoundFromTheProgressSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:Progress:DefaultStepDuration"] = "00:00:12",
            ["VideoPipeline:Monitoring:Progress:MaxFinishedJobs"] = "7",
            ["VideoPipeline:Monitoring:Progress:SubscriberBufferSize"] = "16",
        }).Build();
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value.Progress;

        Assert.Equal(TimeSpan.FromSeconds(12), options.DefaultStepDuration);
        Assert.Equal(7, options.MaxFinishedJobs);
        Assert.Equal(16, options.SubscriberBufferSize);
        Assert.NotNull(provider.GetRequiredService<IProgressTracker>());
    }

    [Fact]
    public void InvalidOptions_FailWithMessagesThatNameTheKeyTheValueAndTheRange()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddMonitoring(options =>
        {
            options.Progress.DefaultStepDuration = TimeSpan.FromSeconds(-1);
            options.Progress.PriorSmoothing = 0;
            options.Progress.MaxStepTypes = 0;
            options.Progress.FinishedJobRetention = TimeSpan.FromDays(8);
            options.Progress.MaxFinishedJobs = -1;
            options.Progress.MaxActiveJobs = 0;
            options.Progress.SubscriberBufferSize = 0;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);

        Assert.Contains("VideoPipeline:Monitoring:Progress:DefaultStepDuration is -00:00:01; it must be between 00:00:00.001 and 1.00:00:00.", error.Failures);
        Assert.Contains("VideoPipeline:Monitoring:Progress:MaxActiveJobs is 0; it must be between 1 and 1000000.", error.Message, StringComparison.Ordinal);
        Assert.Contains("VideoPipeline:Monitoring:Progress:PriorSmoothing is 0; it must be greater than 0 and at most 1.", error.Failures);
        Assert.Contains("VideoPipeline:Monitoring:Progress:MaxStepTypes is 0; it must be between 1 and 10000.", error.Failures);
        Assert.Contains("VideoPipeline:Monitoring:Progress:FinishedJobRetention is 8.00:00:00; it must be between 00:00:00 and 7.00:00:00.", error.Failures);
        Assert.Contains("VideoPipeline:Monitoring:Progress:MaxFinishedJobs is -1; it must be between 0 and 1000000.", error.Failures);
        Assert.Contains("VideoPipeline:Monitoring:Progress:SubscriberBufferSize is 0; it must be between 1 and 10000.", error.Failures);
    }

    [Fact]
    public void StepDurations_AreRecorded_WithStepTypesCapped()
    {
        using var host = new ProgressHost(options => options.MaxStepTypes = 1);
        using var collector = new MetricCollector<double>(host.MeterFactory, VideoPipelineDiagnostics.Monitoring, VideoPipelineDiagnostics.ProgressStepDuration);
        var job = host.Start("job", Step("a", "image"), Step("b", "video-clip"), Step("c", "image"));
        job.GetStep("a").Start();
        host.Time.Advance(TimeSpan.FromSeconds(2));
        job.GetStep("a").Complete();
        job.GetStep("b").Start();
        host.Time.Advance(TimeSpan.FromSeconds(3));
        job.GetStep("b").Fail(new TimeoutException());

        var measurements = collector.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.Equal(2, measurements[0].Value);
        Assert.Equal("image", measurements[0].Tags[VideoPipelineDiagnostics.StepTypeTag]);
        Assert.Equal("success", measurements[0].Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal(3, measurements[1].Value);
        Assert.Equal("_OTHER", measurements[1].Tags[VideoPipelineDiagnostics.StepTypeTag]);
        Assert.Equal("failure", measurements[1].Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }
}
