namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// A set of jobs enqueued at once with <see cref="IJobQueue.EnqueueGraphAsync"/>. Each node has a name unique in the graph;
/// a node's <see cref="JobOptions.DependsOn"/> names other nodes (or jobs already enqueued), in any order. A cycle or an
/// unknown name is rejected at enqueue, naming the node.
/// </summary>
/// <example>
/// <code>
/// var graph = new JobGraph()
///     .Add("video", "render-clip", clip)
///     .Add("audio", "narrate", line)
///     .Add("compose", "compose", cut, new JobOptions { DependsOn = ["video", "audio"] });
/// IReadOnlyDictionary&lt;string, JobId&gt; ids = await queue.EnqueueGraphAsync(graph);
/// </code>
/// </example>
public sealed class JobGraph
{
    private readonly List<JobGraphNode> _nodes = [];
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.Ordinal);

    /// <summary>Gets the number of nodes.</summary>
    public int Count => _nodes.Count;

    /// <summary>Gets the nodes, in the order they were added.</summary>
    public IReadOnlyList<JobGraphNode> Nodes => _nodes;

    /// <summary>Adds a job to the graph.</summary>
    /// <typeparam name="TPayload">The payload type; it must match the payload type of the handler of <paramref name="jobType"/>.</typeparam>
    /// <param name="name">The node's name, unique in the graph; other nodes depend on it by this name.</param>
    /// <param name="jobType">The job type, which names its handler.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="options">How the job is scheduled, or <see langword="null"/> for <see cref="JobOptions.Default"/>.</param>
    /// <returns>This graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="jobType"/> is empty, or the graph already
    /// has a node named <paramref name="name"/>.</exception>
    public JobGraph Add<TPayload>(string name, string jobType, TPayload payload, JobOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        ArgumentNullException.ThrowIfNull(payload);
        if (!_indexByName.TryAdd(name, _nodes.Count))
        {
            throw new ArgumentException($"The graph already has a node named '{name}'.", nameof(name));
        }

        _nodes.Add(new JobGraphNode(name, jobType, payload, typeof(TPayload), options ?? JobOptions.Default));
        return this;
    }

    internal bool TryGetIndex(string name, out int index) => _indexByName.TryGetValue(name, out index);
}
