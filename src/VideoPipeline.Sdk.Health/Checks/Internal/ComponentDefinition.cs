using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Checks.Internal;

/// <summary>A component as the monitor runs it: its settings resolved from registration and options, and how to check it.</summary>
internal sealed record ComponentDefinition(
    string Name,
    ComponentKind Kind,
    double Weight,
    bool Critical,
    TimeSpan Timeout,
    IReadOnlyList<string> DependsOn,
    IReadOnlyDictionary<string, MetricThreshold> Thresholds,
    Func<IServiceProvider, CancellationToken, Task<ComponentCheckResult>> Check)
{
    /// <summary>Gets the default weight of a kind in the health score.</summary>
    public static double DefaultWeight(ComponentKind kind) => kind switch
    {
        ComponentKind.ApiBackEnd or ComponentKind.Database => 3,
        ComponentKind.WebFrontEnd or ComponentKind.Queue or ComponentKind.Storage or ComponentKind.GenerationProvider => 2,
        _ => 1,
    };

    /// <summary>Gets the kind named by one of a registration's tags (case-insensitive), or <see cref="ComponentKind.Custom"/>.</summary>
    public static ComponentKind KindOf(HealthCheckRegistration registration)
    {
        foreach (var tag in registration.Tags)
        {
            if (Enum.TryParse<ComponentKind>(tag, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(tag, out _))
            {
                return kind;
            }
        }

        return ComponentKind.Custom;
    }
}
