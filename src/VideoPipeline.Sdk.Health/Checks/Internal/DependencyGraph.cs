namespace VideoPipeline.Sdk.Health.Checks.Internal;

/// <summary>
/// The components' dependencies (<see cref="ComponentOptions.DependsOn"/>) closed over transitively, both ways, and an
/// order that puts every component after the ones it depends on. Built once; immutable. The definitions are known to be
/// free of cycles and unknown names (<see cref="ComponentChecks"/> rejects them).
/// </summary>
internal sealed class DependencyGraph
{
    private readonly Dictionary<string, string[]> _dependencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _dependents = new(StringComparer.Ordinal);

    public DependencyGraph(IReadOnlyList<ComponentDefinition> components)
    {
        var byName = components.ToDictionary(component => component.Name, StringComparer.Ordinal);
        var closed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var order = new List<string>(components.Count);
        foreach (var component in components)
        {
            Close(component.Name);
        }

        var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, dependencies) in closed)
        {
            if (dependencies.Count == 0)
            {
                continue;
            }

            _dependencies[name] = [.. dependencies.Order(StringComparer.Ordinal)];
            foreach (var dependency in dependencies)
            {
                if (!dependents.TryGetValue(dependency, out var list))
                {
                    dependents[dependency] = list = [];
                }

                list.Add(name);
            }
        }

        foreach (var (name, list) in dependents)
        {
            _dependents[name] = [.. list.Order(StringComparer.Ordinal)];
        }

        DependenciesFirst = order;

        HashSet<string> Close(string name)
        {
            if (closed.TryGetValue(name, out var done))
            {
                return done;
            }

            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var dependency in byName.TryGetValue(name, out var definition) ? definition.DependsOn : [])
            {
                all.Add(dependency);
                all.UnionWith(Close(dependency));
            }

            closed[name] = all;
            order.Add(name);
            return all;
        }
    }

    /// <summary>Gets the component names, each after every component it depends on.</summary>
    public IReadOnlyList<string> DependenciesFirst { get; }

    /// <summary>Gets the components <paramref name="component"/> depends on, directly or transitively.</summary>
    public string[] DependenciesOf(string component) => _dependencies.TryGetValue(component, out var dependencies) ? dependencies : [];

    /// <summary>Gets the components that depend on <paramref name="component"/>, directly or transitively.</summary>
    public string[] DependentsOf(string component) => _dependents.TryGetValue(component, out var dependents) ? dependents : [];
}
