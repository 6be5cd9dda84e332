namespace VideoPipeline.Sdk.Queueing.Graphs.Internal;

/// <summary>Checks a graph's edges between nodes and orders its nodes so that every node comes after the nodes it depends on.</summary>
internal static class GraphPlanner
{
    /// <summary>Returns the node indexes in dependency order (Kahn's algorithm, stable in insertion order).</summary>
    /// <exception cref="ArgumentException">A node names a node that is not in the graph, depends on itself, or is on a cycle;
    /// the message names the node (and the cycle).</exception>
    public static int[] TopologicalOrder(JobGraph graph)
    {
        var nodes = graph.Nodes;
        var dependents = new List<int>[nodes.Count];
        var indegree = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var edge in nodes[i].Options.DependsOn)
            {
                if (edge.NodeName is not { } name)
                {
                    continue;
                }

                if (!graph.TryGetIndex(name, out var dependency))
                {
                    throw new ArgumentException($"Graph node '{nodes[i].Name}' depends on '{name}', which is not a node of the graph.", nameof(graph));
                }

                if (dependency == i)
                {
                    throw new ArgumentException($"Graph node '{nodes[i].Name}' depends on itself.", nameof(graph));
                }

                (dependents[dependency] ??= []).Add(i);
                indegree[i]++;
            }
        }

        var order = new int[nodes.Count];
        var count = 0;
        var ready = new Queue<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (indegree[i] == 0)
            {
                ready.Enqueue(i);
            }
        }

        while (ready.TryDequeue(out var node))
        {
            order[count++] = node;
            if (dependents[node] is { } next)
            {
                foreach (var dependent in next)
                {
                    if (--indegree[dependent] == 0)
                    {
                        ready.Enqueue(dependent);
                    }
                }
            }
        }

        if (count < nodes.Count)
        {
            throw new ArgumentException($"The graph has a dependency cycle: {DescribeCycle(graph, indegree)}.", nameof(graph));
        }

        return order;
    }

    /// <summary>Walks back from a node left on a cycle until a node repeats, and names the cycle: a → b → a.</summary>
    private static string DescribeCycle(JobGraph graph, int[] indegree)
    {
        var nodes = graph.Nodes;
        var start = Array.FindIndex(indegree, degree => degree > 0);
        var path = new List<int>();
        var seen = new Dictionary<int, int>();
        var current = start;
        while (!seen.ContainsKey(current))
        {
            seen[current] = path.Count;
            path.Add(current);
            foreach (var edge in nodes[current].Options.DependsOn)
            {
                if (edge.NodeName is { } name && graph.TryGetIndex(name, out var dependency) && indegree[dependency] > 0)
                {
                    current = dependency;
                    break;
                }
            }
        }

        var cycle = path.Skip(seen[current]).Append(current).Reverse().Select(index => $"'{nodes[index].Name}'");
        return string.Join(" → ", cycle);
    }
}
