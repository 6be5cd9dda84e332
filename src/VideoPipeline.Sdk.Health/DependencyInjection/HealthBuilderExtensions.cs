using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health;
using VideoPipeline.Sdk.Health.Alerting.Internal;
using VideoPipeline.Sdk.Health.Checks.Internal;
using VideoPipeline.Sdk.Health.DependencyInjection.Internal;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;
using VideoPipeline.Sdk.Health.Evaluation.Internal;
using VideoPipeline.Sdk.Health.Recovery.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Health package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddHealthMonitoring()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class HealthBuilderExtensions
{
    /// <summary>
    /// Adds the health monitor (<see cref="IHealthMonitor"/>), the hosted service that checks every component in the
    /// background, and the monitor's own view as the health check <see cref="HealthMonitorOptions.HealthCheckName"/>, with
    /// default options. Every <see cref="IHealthCheck"/> registered in the host is a component. Calling it again registers
    /// nothing twice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddHealthMonitoring(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(HealthMarker)))
        {
            return builder;
        }

        services.AddSingleton<HealthMarker>();
        services.AddOptions<HealthMonitorOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthMonitorOptions>, HealthMonitorOptionsValidator>());
        services.AddMetrics();
        services.AddLogging();   // HealthCheckService needs it
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HealthMetrics>();
        services.TryAddSingleton(provider => ComponentChecks.Resolve(
            provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations,
            provider.GetServices<HealthCheckerRegistration>(),
            provider.GetRequiredService<IOptions<HealthMonitorOptions>>().Value));
        services.TryAddSingleton(provider => new AlertRouter(
            provider.GetRequiredService<ComponentDefinition[]>(),
            provider.GetRequiredService<IOptions<HealthMonitorOptions>>(),
            provider.GetServices<IAlertSink>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<HealthMetrics>(),
            provider.GetRequiredService<ILogger<AlertRouter>>()));
        services.TryAddSingleton<IAlertRouter>(provider => provider.GetRequiredService<AlertRouter>());
        services.TryAddSingleton(provider => new ComponentAlertRaiser(
            provider.GetRequiredService<ComponentDefinition[]>(),
            provider.GetRequiredService<AlertRouter>(),
            provider.GetRequiredService<IOptions<HealthMonitorOptions>>()));
        services.TryAddSingleton<RecoveryCoordinator>();
        services.TryAddSingleton(provider => new HealthMonitor(
            provider.GetRequiredService<ComponentDefinition[]>(),
            provider.GetRequiredService<IOptions<HealthMonitorOptions>>(),
            provider,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<HealthMetrics>(),
            provider.GetRequiredService<ComponentAlertRaiser>(),
            provider.GetRequiredService<RecoveryCoordinator>(),
            provider.GetRequiredService<ILogger<HealthMonitor>>()));
        services.TryAddSingleton<IHealthMonitor>(provider => provider.GetRequiredService<HealthMonitor>());
        services.AddHostedService(provider => new HealthMonitorService(
            provider.GetRequiredService<HealthMonitor>(),
            provider.GetRequiredService<IOptions<HealthMonitorOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<HealthMonitorService>>()));
        AlertSinkRegistration.AddAlertSinks(services);
        services.AddHealthChecks().AddCheck<PublishedHealthCheck>(HealthMonitorOptions.HealthCheckName, tags: [HealthMonitorOptions.HealthCheckName]);
        return builder;
    }

    /// <summary>
    /// Adds the Health package and binds <see cref="HealthMonitorOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Health</c>). Invalid values stop the host at start with a message that names the key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddHealthMonitoring(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddHealthMonitoring();
        builder.Services.AddOptions<HealthMonitorOptions>().Bind(section);
        return builder;
    }

    /// <summary>
    /// Adds the Health package and configures <see cref="HealthMonitorOptions"/> in code. Invalid values stop the host at
    /// start with a message that names the option.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddHealthMonitoring(this IVideoPipelineBuilder builder, Action<HealthMonitorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddHealthMonitoring();
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds a component checked by a delegate (and the Health package, if it is not added yet), beside the host's
    /// <see cref="IHealthCheck"/>s. The delegate returns the status and any metrics it measured; the monitor measures the
    /// response time and applies the timeout. Component names must be distinct across checkers and health checks.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="name">The component's name, for example <c>postgres</c>.</param>
    /// <param name="kind">What the component is.</param>
    /// <param name="check">Checks the component; it should honour the token, which is cancelled at the timeout.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="check"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or already has a checker.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static IVideoPipelineBuilder RegisterHealthChecker(
        this IVideoPipelineBuilder builder,
        string name,
        ComponentKind kind,
        Func<CancellationToken, ValueTask<ComponentCheckResult>> check)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(check);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be a defined ComponentKind.");
        }

        if (builder.Services.Any(descriptor => descriptor.ImplementationInstance is HealthCheckerRegistration registration && registration.Name == name))
        {
            throw new ArgumentException($"A health checker named '{name}' is already registered; component names must be distinct.", nameof(name));
        }

        builder.AddHealthMonitoring();
        builder.Services.AddSingleton(new HealthCheckerRegistration(name, kind, check));
        return builder;
    }

    /// <summary>
    /// Adds a recovery action for a component (and the Health package, if it is not added yet). Actions run in the order
    /// added, only when <see cref="RecoveryOptions.Enabled"/> and the guards of <see cref="RecoveryOptions"/> allow.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="component">The name of a registered component; an unknown name stops the host at start.</param>
    /// <param name="action">The action.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="action"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="component"/> is empty.</exception>
    public static IVideoPipelineBuilder AddRecoveryAction(this IVideoPipelineBuilder builder, string component, IRecoveryAction action)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(action);
        builder.AddHealthMonitoring();
        builder.Services.AddSingleton(new RecoveryActionRegistration(component, _ => action));
        return builder;
    }

    /// <summary>
    /// Adds a recovery action for a component, created from the service provider with its dependencies (and the Health
    /// package, if it is not added yet). Actions run in the order added, only when <see cref="RecoveryOptions.Enabled"/>
    /// and the guards of <see cref="RecoveryOptions"/> allow.
    /// </summary>
    /// <typeparam name="TAction">The action's type.</typeparam>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="component">The name of a registered component; an unknown name stops the host at start.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="component"/> is empty.</exception>
    public static IVideoPipelineBuilder AddRecoveryAction<TAction>(this IVideoPipelineBuilder builder, string component)
        where TAction : class, IRecoveryAction
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        builder.AddHealthMonitoring();
        builder.Services.AddSingleton(new RecoveryActionRegistration(component, provider => ActivatorUtilities.GetServiceOrCreateInstance<TAction>(provider)));
        return builder;
    }
}
