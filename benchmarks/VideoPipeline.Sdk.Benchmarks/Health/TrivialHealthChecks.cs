using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Benchmarks.Health;

/// <summary>What both sides of the Health benchmarks check: 100 trivial healthy components.</summary>
internal static class TrivialHealthChecks
{
    public const int Count = 100;

    /// <summary>Adds 100 trivial healthy <see cref="IHealthCheck"/>s.</summary>
    public static IHealthChecksBuilder AddTrivialChecks(this IHealthChecksBuilder checks)
    {
        for (var index = 0; index < Count; index++)
        {
            checks.AddCheck($"component-{index:000}", static () => HealthCheckResult.Healthy());
        }

        return checks;
    }

    /// <summary>A container with only Microsoft's health checks and the 100 trivial ones.</summary>
    public static ServiceProvider HealthCheckServiceHost()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHealthChecks().AddTrivialChecks();
        return services.BuildServiceProvider();
    }
}
