using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.DependencyInjection;

public sealed class QueueingBuilderExtensionsTests
{
    [Fact]
    public void DefaultOptions_AreValid()
    {
        using var provider = Build(_ => { });

        var options = provider.GetRequiredService<IOptions<QueueOptions>>().Value;

        Assert.Equal(16, options.MaxConcurrency);
        Assert.Equal(3, options.Retry.MaxAttempts);
    }

    [Fact]
    public void ZeroMaxConcurrency_FailsValidationNamingTheKey()
    {
        using var provider = Build(options => options.MaxConcurrency = 0);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QueueOptions>>().Value);

        Assert.Contains("VideoPipeline:Queueing:MaxConcurrency is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroMaxConcurrency_StopsTheQueueFromBeingResolved()
    {
        using var provider = Build(options => options.MaxConcurrency = 0);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IJobQueue>());
    }

    public static TheoryData<Action<QueueOptions>, string> InvalidOptions => new()
    {
        { options => options.MaxConcurrency = 100_001, "VideoPipeline:Queueing:MaxConcurrency" },
        { options => options.MaxConcurrencyPerJobType["render"] = 0, "VideoPipeline:Queueing:MaxConcurrencyPerJobType:render" },
        { options => options.ConnectionPools["openai"] = -1, "VideoPipeline:Queueing:ConnectionPools:openai" },
        { options => options.MemoryBudgetMegabytes = 0, "VideoPipeline:Queueing:MemoryBudgetMegabytes" },
        { options => options.CostPerHourBudgetUsd = 0m, "VideoPipeline:Queueing:CostPerHourBudgetUsd" },
        { options => options.AgeingInterval = TimeSpan.Zero, "VideoPipeline:Queueing:AgeingInterval" },
        { options => options.DefaultJobTimeout = TimeSpan.Zero, "VideoPipeline:Queueing:DefaultJobTimeout" },
        { options => options.ShutdownTimeout = TimeSpan.FromSeconds(-1), "VideoPipeline:Queueing:ShutdownTimeout" },
        { options => options.MaxRetainedJobs = -1, "VideoPipeline:Queueing:MaxRetainedJobs" },
        { options => options.StatisticsWindow = TimeSpan.FromMilliseconds(10), "VideoPipeline:Queueing:StatisticsWindow" },
        { options => options.StateChangeBufferSize = 0, "VideoPipeline:Queueing:StateChangeBufferSize" },
        { options => options.Retry.MaxAttempts = 0, "VideoPipeline:Queueing:Retry:MaxAttempts" },
        { options => options.Retry.BaseDelay = TimeSpan.FromSeconds(-1), "VideoPipeline:Queueing:Retry:BaseDelay" },
        { options => options.Retry.MaxDelay = TimeSpan.FromMilliseconds(500), "VideoPipeline:Queueing:Retry:MaxDelay" },
        { options => options.Retry.IsTransient = null!, "VideoPipeline:Queueing:Retry:IsTransient" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidOption_FailsValidationNamingTheKey(Action<QueueOptions> configure, string key)
    {
        using var provider = Build(configure);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QueueOptions>>().Value);

        Assert.Contains(key + " is ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralInvalidOptions_AreReportedTogether()
    {
        using var provider = Build(options =>
        {
            options.MaxConcurrency = 0;
            options.Retry.BaseDelay = TimeSpan.FromMinutes(10);
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QueueOptions>>().Value);

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void AddQueueing_FromConfiguration_BindsLimitsPoolsAndRetries()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Queueing:MaxConcurrency"] = "7",
            ["VideoPipeline:Queueing:ConnectionPools:openai"] = "3",
            ["VideoPipeline:Queueing:MaxConcurrencyPerJobType:render"] = "2",
            ["VideoPipeline:Queueing:MemoryBudgetMegabytes"] = "4096",
            ["VideoPipeline:Queueing:CostPerHourBudgetUsd"] = "12.5",
            ["VideoPipeline:Queueing:Retry:MaxAttempts"] = "5",
            ["VideoPipeline:Queueing:Retry:BaseDelay"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddQueueing(configuration.GetSection(QueueOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<QueueOptions>>().Value;

        Assert.Equal(7, options.MaxConcurrency);
        Assert.Equal(3, options.ConnectionPools["openai"]);
        Assert.Equal(2, options.MaxConcurrencyPerJobType["render"]);
        Assert.Equal(4096, options.MemoryBudgetMegabytes);
        Assert.Equal(12.5m, options.CostPerHourBudgetUsd);
        Assert.Equal(5, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Retry.BaseDelay);
        Assert.Equal(JobRetryOptions.IsTransientByDefault, options.Retry.IsTransient);
    }

    [Fact]
    public void AddQueueing_FromInvalidConfiguration_FailsValidationNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Queueing:ConnectionPools:openai"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddQueueing(configuration.GetSection(QueueOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QueueOptions>>().Value);

        Assert.Contains("VideoPipeline:Queueing:ConnectionPools:openai is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddJobHandler_TwiceForOneJobType_ThrowsArgumentNamingTheType()
    {
        var builder = new ServiceCollection().AddVideoPipeline().AddJobHandler<string, RecordingHandler>("render");

        var error = Assert.Throws<ArgumentException>(() => builder.AddJobHandler<string, ScriptedHandler>("render"));
        var batch = Assert.Throws<ArgumentException>(() => builder.AddBatchJobHandler<string, RecordingBatchHandler>("render"));

        Assert.Contains("'render'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RecordingHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains("'render'", batch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AddJobHandler_BlankJobType_ThrowsArgument(string jobType)
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        Assert.Throws<ArgumentException>(() => builder.AddJobHandler<string, RecordingHandler>(jobType));
    }

    [Fact]
    public void AddBatchJobHandler_BatchOptionsOutOfRange_ThrowNamingTheOption()
    {
        var builder = new ServiceCollection().AddVideoPipeline();

        var size = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBatchJobHandler<string, RecordingBatchHandler>("embed", options => options.MaxBatchSize = 0));
        var wait = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBatchJobHandler<string, RecordingBatchHandler>("embed", options => options.MaxBatchWait = TimeSpan.FromHours(2)));

        Assert.Contains("MaxBatchSize", size.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBatchWait", wait.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQueueing_Twice_RegistersOneQueueAndOneHostedService()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddQueueing().AddQueueing(options => options.MaxConcurrency = 2).AddJobHandler<string, RecordingHandler>("echo");
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IHostedService>(), service => service.GetType().Name == "JobQueueHostedService");
        Assert.Single(provider.GetServices<IJobQueue>());
        Assert.Equal(2, provider.GetRequiredService<IOptions<QueueOptions>>().Value.MaxConcurrency);
    }

    private static ServiceProvider Build(Action<QueueOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddQueueing(configure);
        return services.BuildServiceProvider();
    }
}
