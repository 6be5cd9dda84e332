using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Monitoring;
using VideoPipeline.Sdk.Monitoring.Anomalies.Internal;
using VideoPipeline.Sdk.Monitoring.DependencyInjection.Internal;
using VideoPipeline.Sdk.Monitoring.Diagnostics.Internal;
using VideoPipeline.Sdk.Monitoring.Instruments.Internal;
using VideoPipeline.Sdk.Monitoring.Performance.Internal;
using VideoPipeline.Sdk.Monitoring.Progress.Internal;
using VideoPipeline.Sdk.Monitoring.Resources.Internal;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Monitoring package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddMonitoring()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class MonitoringBuilderExtensions
{
    /// <summary>
    /// Adds the performance monitor (<see cref="IPerformanceMonitor"/>), the progress tracker (<see cref="IProgressTracker"/>)
    /// and the hosted service that samples resources and feeds the anomaly detectors while the host runs (raising alerts to
    /// the <see cref="IAlertRouter"/> when one is registered, else to every registered <see cref="IAlertSink"/>), with
    /// default options. Calling it again registers nothing twice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddMonitoring(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(MonitoringMarker)))
        {
            return builder;
        }

        services.AddSingleton<MonitoringMarker>();
        services.AddOptions<MonitoringOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MonitoringOptions>, MonitoringOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MonitoringOptions>, ProgressOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MonitoringOptions>, AnomalyDetectionOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MonitoringMetrics>();
        services.TryAddSingleton(provider => new WindowLayout(
            provider.GetRequiredService<IOptions<MonitoringOptions>>().Value.SnapshotWindows,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MonitoringOptions>>().Value;
            return new MeterAggregator(
                options.AggregatedMeters,
                provider.GetRequiredService<WindowLayout>(),
                options.MaxSeriesPerInstrument,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<IMeterFactory>());
        });
        services.TryAddSingleton<ResourceMonitor>();
        services.TryAddSingleton<IPerformanceMonitor, PerformanceMonitor>();
        services.TryAddSingleton<IProgressTracker, ProgressTracker>();
        services.TryAddSingleton(provider => new AnomalyWatcher(
            provider.GetRequiredService<IOptions<MonitoringOptions>>(),
            provider.GetService<IAlertRouter>() is { } router ? [router] : provider.GetServices<IAlertSink>(),
            provider.GetRequiredService<IPerformanceMonitor>(),
            provider.GetRequiredService<MonitoringMetrics>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<AnomalyWatcher>>() ?? NullLogger<AnomalyWatcher>.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MonitoringSampler>());
        return builder;
    }

    /// <summary>
    /// Adds the Monitoring package and binds <see cref="MonitoringOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Monitoring</c>). Configured <c>SnapshotWindows</c> replace the defaults; configured
    /// <c>AggregatedMeters</c> are added to the SDK's meters. Invalid values stop the host at start with a message that
    /// names the key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddMonitoring(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddMonitoring();

        // Configured windows replace the defaults (the binder would add them to the list); configured meters add to it.
        builder.Services.AddOptions<MonitoringOptions>()
            .Configure(options =>
            {
                if (section.GetSection(nameof(MonitoringOptions.SnapshotWindows)).GetChildren().Any())
                {
                    options.SnapshotWindows.Clear();
                }
            })
            .Bind(section);
        return builder;
    }

    /// <summary>
    /// Adds the Monitoring package and configures <see cref="MonitoringOptions"/> in code. Invalid values stop the host at
    /// start with a message that names the option.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddMonitoring(this IVideoPipelineBuilder builder, Action<MonitoringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddMonitoring();
        builder.Services.Configure(configure);
        return builder;
    }
}
