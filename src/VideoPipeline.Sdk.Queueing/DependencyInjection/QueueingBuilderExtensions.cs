using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Queueing;
using VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;
using VideoPipeline.Sdk.Queueing.Diagnostics.Internal;
using VideoPipeline.Sdk.Queueing.Jobs.Internal;
using VideoPipeline.Sdk.Queueing.Scheduling.Internal;
using VideoPipeline.Sdk.Queueing.Storage.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// Adds the Queueing package to a VideoPipeline.Sdk builder. In the <c>VideoPipeline.Sdk</c> namespace so that
/// <c>builder.AddQueueing()</c> is found beside <c>AddVideoPipeline()</c>.
/// </summary>
public static class QueueingBuilderExtensions
{
    /// <summary>
    /// Adds the job queue (<see cref="IJobQueue"/>), the in-memory <see cref="IJobStore"/> unless one is registered, and the
    /// hosted service that runs jobs while the host runs, with default options. Calling it again registers nothing twice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQueueing(this IVideoPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(QueueingMarker)))
        {
            return builder;
        }

        services.AddSingleton<QueueingMarker>();
        services.AddOptions<QueueOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueueMetrics>();
        services.TryAddSingleton<IJobStore, InMemoryJobStore>();
        services.TryAddSingleton(CreateScheduler);
        services.TryAddSingleton<IJobQueue>(provider => new JobQueue(
            provider.GetRequiredService<JobScheduler>(),
            provider.GetRequiredService<IJobStore>(),
            provider.GetRequiredService<IOptions<QueueOptions>>().Value,
            provider.GetRequiredService<JobHandlerDescriptors>().All));
        services.TryAddSingleton(provider => new JobHandlerDescriptors(
            [.. provider.GetServices<JobHandlerRegistration>().Select(registration => registration.CreateDescriptor(provider))]));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, JobQueueHostedService>());
        return builder;
    }

    /// <summary>
    /// Adds the Queueing package and binds <see cref="QueueOptions"/> to <paramref name="section"/> (usually
    /// <c>VideoPipeline:Queueing</c>). Invalid values stop the host at start with a message that names the key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="section">The configuration section of the package.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQueueing(this IVideoPipelineBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddQueueing();
        builder.Services.AddOptions<QueueOptions>().Bind(section);
        return builder;
    }

    /// <summary>
    /// Adds the Queueing package and configures <see cref="QueueOptions"/> in code. Invalid values stop the host at start
    /// with a message that names the option.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IVideoPipelineBuilder AddQueueing(this IVideoPipelineBuilder builder, Action<QueueOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddQueueing();
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Registers the handler of a job type (and the Queueing package, if it is not added yet). The handler is a singleton,
    /// called concurrently; a handler that needs scoped services creates a scope per job.
    /// </summary>
    /// <typeparam name="TPayload">The payload type of the jobs.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="jobType">The job type the handler runs, for example <c>render-clip</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobType"/> is empty, or already has a handler.</exception>
    public static IVideoPipelineBuilder AddJobHandler<TPayload, THandler>(this IVideoPipelineBuilder builder, string jobType)
        where THandler : class, IJobHandler<TPayload>
    {
        ArgumentNullException.ThrowIfNull(builder);
        Register(builder, jobType, typeof(THandler), provider =>
            new SingleJobHandlerDescriptor<TPayload>(jobType, provider.GetRequiredService<THandler>()));
        builder.Services.TryAddSingleton<THandler>();
        return builder;
    }

    /// <summary>
    /// Registers the batch handler of a job type (and the Queueing package, if it is not added yet). Jobs of the type with
    /// the same <see cref="JobOptions.BatchKey"/> are grouped up to <see cref="JobBatchOptions.MaxBatchSize"/> or
    /// <see cref="JobBatchOptions.MaxBatchWait"/>. The handler is a singleton, called concurrently.
    /// </summary>
    /// <typeparam name="TPayload">The payload type of the jobs.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The builder returned by <c>AddVideoPipeline</c>.</param>
    /// <param name="jobType">The job type the handler runs.</param>
    /// <param name="configure">Configures batch size and wait, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobType"/> is empty, or already has a handler.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The batch options are out of range; the message names the option.</exception>
    public static IVideoPipelineBuilder AddBatchJobHandler<TPayload, THandler>(this IVideoPipelineBuilder builder, string jobType, Action<JobBatchOptions>? configure = null)
        where THandler : class, IBatchJobHandler<TPayload>
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new JobBatchOptions();
        configure?.Invoke(options);
        if (options.MaxBatchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.MaxBatchSize, $"JobBatchOptions.MaxBatchSize of '{jobType}' is {options.MaxBatchSize}; it must be between 1 and 10000.");
        }

        if (options.MaxBatchWait < TimeSpan.Zero || options.MaxBatchWait > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.MaxBatchWait, $"JobBatchOptions.MaxBatchWait of '{jobType}' is {options.MaxBatchWait}; it must be between 00:00:00 and 01:00:00.");
        }

        Register(builder, jobType, typeof(THandler), provider =>
            new BatchJobHandlerDescriptor<TPayload>(jobType, provider.GetRequiredService<THandler>(), options));
        builder.Services.TryAddSingleton<THandler>();
        return builder;
    }

    private static void Register(IVideoPipelineBuilder builder, string jobType, Type handlerType, Func<IServiceProvider, JobHandlerDescriptor> createDescriptor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        builder.AddQueueing();
        foreach (var descriptor in builder.Services)
        {
            if (descriptor.ServiceType == typeof(JobHandlerRegistration)
                && descriptor.ImplementationInstance is JobHandlerRegistration existing
                && string.Equals(existing.JobType, jobType, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Job type '{jobType}' already has a handler ({existing.HandlerType.Name}); a job type has exactly one.", nameof(jobType));
            }
        }

        builder.Services.AddSingleton(new JobHandlerRegistration(jobType, handlerType, createDescriptor));
    }

    private static JobScheduler CreateScheduler(IServiceProvider provider)
    {
        var loggerFactory = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        return new JobScheduler(
            provider.GetRequiredService<IOptions<QueueOptions>>().Value,
            provider.GetRequiredService<JobHandlerDescriptors>().All,
            provider.GetRequiredService<IJobStore>(),
            provider.GetRequiredService<QueueMetrics>(),
            provider.GetRequiredService<TimeProvider>(),
            loggerFactory.CreateLogger<JobScheduler>(),
            Random.Shared);
    }
}
