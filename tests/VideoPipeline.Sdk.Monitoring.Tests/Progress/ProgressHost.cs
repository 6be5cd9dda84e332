using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

/// <summary>A container with the Monitoring package on a <see cref="FakeTimeProvider"/>, the way an integrator builds it.</summary>
internal sealed class ProgressHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public ProgressHost(Action<ProgressTrackingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddVideoPipeline().AddMonitoring(options => configure?.Invoke(options.Progress));
        _provider = services.BuildServiceProvider();
        Tracker = _provider.GetRequiredService<IProgressTracker>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public IProgressTracker Tracker { get; }

    public IMeterFactory MeterFactory => _provider.GetRequiredService<IMeterFactory>();

    public static ProgressStepDefinition Step(string name, string type = "image", double weight = 1) => new(name, type, weight);

    public IJobProgress Start(string jobId, params ProgressStepDefinition[] steps) => Tracker.StartJob(jobId, steps);

    public void Dispose() => _provider.Dispose();
}
