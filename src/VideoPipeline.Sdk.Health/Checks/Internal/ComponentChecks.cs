using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Checks.Internal;

/// <summary>Builds the components from the host's health-check registrations, the delegate checkers and the options, and
/// rejects duplicate names and options for components that do not exist.</summary>
internal static class ComponentChecks
{
    public static ComponentDefinition[] Resolve(
        IEnumerable<HealthCheckRegistration> registrations,
        IEnumerable<HealthCheckerRegistration> checkers,
        HealthMonitorOptions options)
    {
        var components = new List<ComponentDefinition>();
        foreach (var registration in registrations)
        {
            if (string.Equals(registration.Name, HealthMonitorOptions.HealthCheckName, StringComparison.Ordinal))
            {
                continue;
            }

            var timeout = registration.Timeout > TimeSpan.Zero && registration.Timeout != System.Threading.Timeout.InfiniteTimeSpan ? registration.Timeout : options.DefaultTimeout;
            components.Add(Define(registration.Name, ComponentDefinition.KindOf(registration), timeout, options, (services, token) => RunHealthCheckAsync(services, registration, token)));
        }

        foreach (var checker in checkers)
        {
            components.Add(Define(checker.Name, checker.Kind, options.DefaultTimeout, options, (_, token) => checker.Check(token).AsTask()));
        }

        var duplicates = components.GroupBy(component => component.Name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"'{group.Key}'").ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException(
                $"Health components must have distinct names; {string.Join(", ", duplicates)} {(duplicates.Count == 1 ? "is" : "are")} registered more than once (as health checks or with RegisterHealthChecker).");
        }

        var unknown = options.Components.Keys.Where(name => !components.Exists(component => component.Name == name)).Select(name => $"{HealthMonitorOptions.SectionName}:Components:{name}").ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", unknown)} configure{(unknown.Count == 1 ? "s" : string.Empty)} no registered component; the components are {string.Join(", ", components.Select(component => $"'{component.Name}'"))}.");
        }

        RejectBadDependencies(components);
        return [.. components.OrderBy(component => component.Name, StringComparer.Ordinal)];
    }

    private static void RejectBadDependencies(List<ComponentDefinition> components)
    {
        var byName = components.ToDictionary(component => component.Name, StringComparer.Ordinal);
        foreach (var component in components)
        {
            foreach (var dependency in component.DependsOn)
            {
                if (!byName.ContainsKey(dependency))
                {
                    throw new InvalidOperationException(
                        $"{HealthMonitorOptions.SectionName}:Components:{component.Name}:DependsOn names '{dependency}', which is no registered component; the components are {string.Join(", ", components.Select(other => $"'{other.Name}'"))}.");
                }
            }
        }

        // Depth-first search; a component met again on the current path closes a cycle.
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var component in components)
        {
            Visit(component.Name);
        }

        void Visit(string name)
        {
            if (done.Contains(name))
            {
                return;
            }

            var index = path.IndexOf(name);
            if (index >= 0)
            {
                throw new InvalidOperationException(
                    $"{HealthMonitorOptions.SectionName}:Components DependsOn form a cycle: {string.Join(" -> ", path.Skip(index).Append(name))}; a component cannot depend on itself, directly or through others.");
            }

            path.Add(name);
            foreach (var dependency in byName[name].DependsOn)
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(name);
        }
    }

    private static ComponentDefinition Define(
        string name,
        ComponentKind kind,
        TimeSpan timeout,
        HealthMonitorOptions options,
        Func<IServiceProvider, CancellationToken, Task<ComponentCheckResult>> check)
    {
        options.Components.TryGetValue(name, out var settings);
        var resolvedKind = settings?.Kind ?? kind;
        return new ComponentDefinition(
            name,
            resolvedKind,
            settings?.Weight ?? ComponentDefinition.DefaultWeight(resolvedKind),
            settings?.Critical ?? false,
            settings?.Timeout ?? timeout,
            settings is null ? [] : [.. settings.DependsOn.Distinct(StringComparer.Ordinal)],
            settings is null ? new Dictionary<string, MetricThreshold>() : new Dictionary<string, MetricThreshold>(settings.Thresholds, StringComparer.Ordinal),
            check);
    }

    private static async Task<ComponentCheckResult> RunHealthCheckAsync(IServiceProvider services, HealthCheckRegistration registration, CancellationToken cancellationToken)
    {
        var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var check = registration.Factory(scope.ServiceProvider);
            var result = await check.CheckHealthAsync(new HealthCheckContext { Registration = registration }, cancellationToken).ConfigureAwait(false);
            var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, value) in result.Data)
            {
                if (value is double or float or int or long or short or byte or decimal or uint or ulong)
                {
                    metrics[key] = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var description = result.Description ?? result.Exception?.Message;
            return new ComponentCheckResult(result.Status, description) { Metrics = metrics };
        }
    }
}
