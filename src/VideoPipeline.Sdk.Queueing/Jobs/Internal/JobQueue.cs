using VideoPipeline.Sdk.Queueing.Graphs.Internal;
using VideoPipeline.Sdk.Queueing.Scheduling.Internal;

namespace VideoPipeline.Sdk.Queueing.Jobs.Internal;

/// <summary>
/// The <see cref="IJobQueue"/>: checks what callers enqueue (handler, payload type, dependencies, demand), names jobs, adds
/// them to the <see cref="IJobStore"/> and hands them to the <see cref="JobScheduler"/>.
/// </summary>
internal sealed class JobQueue : IJobQueue
{
    private readonly JobScheduler _scheduler;
    private readonly IJobStore _store;
    private readonly QueueOptions _options;
    private readonly Dictionary<string, JobHandlerDescriptor> _handlers;

    public JobQueue(JobScheduler scheduler, IJobStore store, QueueOptions options, IEnumerable<JobHandlerDescriptor> handlers)
    {
        _scheduler = scheduler;
        _store = store;
        _options = options;
        _handlers = handlers.ToDictionary(handler => handler.JobType, StringComparer.Ordinal);
    }

    public async ValueTask<JobId> EnqueueAsync<TPayload>(string jobType, TPayload payload, JobOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobType);
        ArgumentNullException.ThrowIfNull(payload);
        options ??= JobOptions.Default;
        ThrowIfStopping();
        var handler = FindHandler(jobType, typeof(TPayload), payload, nodeName: null);
        var pool = CheckDemand(options.Demand, jobType, nodeName: null);
        JobEntry[]? dependencies = null;
        if (options.DependsOn.Count > 0)
        {
            dependencies = await ResolveAsync(options.DependsOn, jobType, cancellationToken).ConfigureAwait(false);
        }

        var entry = NewEntry(jobType, payload, options, handler, pool);
        var stored = await _store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        if (stored != entry)
        {
            return stored.Id;
        }

        if (!RegisterOne(entry, dependencies))
        {
            await _store.RemoveAsync(entry, CancellationToken.None).ConfigureAwait(false);
            ThrowIfStopping();
        }

        return entry.Id;
    }

    public async ValueTask<IReadOnlyDictionary<string, JobId>> EnqueueGraphAsync(JobGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Count == 0)
        {
            throw new ArgumentException("The graph has no jobs.", nameof(graph));
        }

        ThrowIfStopping();
        var nodes = graph.Nodes;
        var order = GraphPlanner.TopologicalOrder(graph);
        var handlers = new JobHandlerDescriptor[nodes.Count];
        var pools = new SlotBudget?[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            handlers[i] = FindHandler(node.JobType, node.PayloadType, node.Payload, node.Name);
            pools[i] = CheckDemand(node.Options.Demand, node.JobType, node.Name);
        }

        var ids = new Dictionary<string, JobId>(nodes.Count, StringComparer.Ordinal);
        var existing = new Dictionary<string, JobEntry>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.Options.IdempotencyKey is { } key && await _store.GetByIdempotencyKeyAsync(key, cancellationToken).ConfigureAwait(false) is { } found)
            {
                existing[node.Name] = found;
                ids[node.Name] = found.Id;
            }
        }

        var now = _scheduler.NowTicks;
        foreach (var node in nodes)
        {
            if (!ids.ContainsKey(node.Name))
            {
                ids[node.Name] = JobIdGenerator.Next(now / TimeSpan.TicksPerMillisecond - DateTimeOffset.UnixEpoch.Ticks / TimeSpan.TicksPerMillisecond);
            }
        }

        var entries = new List<JobEntry>(nodes.Count);
        var dependencies = new List<JobEntry[]?>(nodes.Count);
        var byName = new Dictionary<string, JobEntry>(existing, StringComparer.Ordinal);
        foreach (var index in order)
        {
            var node = nodes[index];
            if (existing.ContainsKey(node.Name))
            {
                continue;
            }

            var resolved = new JobDependency[node.Options.DependsOn.Count];
            var dependencyEntries = resolved.Length == 0 ? null : new JobEntry[resolved.Length];
            for (var d = 0; d < resolved.Length; d++)
            {
                var edge = node.Options.DependsOn[d];
                if (edge.NodeName is { } name)
                {
                    resolved[d] = new JobDependency(ids[name], edge.OnFailure);
                    dependencyEntries![d] = byName[name];
                }
                else
                {
                    resolved[d] = edge;
                    dependencyEntries![d] = await ResolveOneAsync(edge.JobId, Describe(node.JobType, node.Name), cancellationToken).ConfigureAwait(false);
                }
            }

            var options = resolved.Length == 0 ? node.Options : node.Options.WithDependencies(resolved);
            var entry = new JobEntry(ids[node.Name], node.JobType, node.Payload, options, now) { Handler = handlers[index] };
            if (pools[index] is { } pool)
            {
                entry.Pool = pool;
            }

            byName[node.Name] = entry;
            entries.Add(entry);
            dependencies.Add(dependencyEntries);
        }

        if (entries.Count == 0)
        {
            return ids;
        }

        var stored = await _store.AddAsync(entries, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < entries.Count; i++)
        {
            if (stored[i] != entries[i])
            {
                // Another caller enqueued a node's idempotency key meanwhile: take ours back and plan again against theirs.
                foreach (var entry in entries)
                {
                    await _store.RemoveAsync(entry, CancellationToken.None).ConfigureAwait(false);
                }

                return await EnqueueGraphAsync(graph, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!_scheduler.Register(entries.ToArray(), dependencies.ToArray()))
        {
            foreach (var entry in entries)
            {
                await _store.RemoveAsync(entry, CancellationToken.None).ConfigureAwait(false);
            }

            ThrowIfStopping();
        }

        return ids;
    }

    public async ValueTask<JobSnapshot?> GetAsync(JobId jobId, CancellationToken cancellationToken = default)
    {
        if (_scheduler.FindLive(jobId) is { } live)
        {
            return _scheduler.Snapshot(live);
        }

        return await _store.GetAsync(jobId, cancellationToken).ConfigureAwait(false) is { } stored ? _scheduler.Snapshot(stored) : null;
    }

    public async ValueTask<JobSnapshot> WaitForCompletionAsync(JobId jobId, CancellationToken cancellationToken = default)
    {
        var entry = _scheduler.FindLive(jobId)
            ?? await _store.GetAsync(jobId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"The job store has no job {jobId}.");
        return await _scheduler.WhenFinal(entry).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> CancelAsync(JobId jobId, CancellationToken cancellationToken = default)
    {
        var entry = _scheduler.FindLive(jobId)
            ?? await _store.GetAsync(jobId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"The job store has no job {jobId}.");
        return _scheduler.Cancel(entry);
    }

    public IAsyncEnumerable<JobStateChange> WatchAsync(CancellationToken cancellationToken = default) =>
        _scheduler.Changes.ReadAllAsync(cancellationToken);

    public QueueStatistics GetStatistics() => _scheduler.GetStatistics();

    public int CopyBudgetUtilization(Span<BudgetUtilization> destination) => _scheduler.CopyBudgetUtilization(destination);

    private JobEntry NewEntry(string jobType, object payload, JobOptions options, JobHandlerDescriptor handler, SlotBudget? pool)
    {
        var nowTicks = _scheduler.NowTicks;
        var id = JobIdGenerator.Next((nowTicks - DateTimeOffset.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond);
        var entry = new JobEntry(id, jobType, payload, options, nowTicks) { Handler = handler };
        if (pool is not null)
        {
            entry.Pool = pool;
        }

        return entry;
    }

    private bool RegisterOne(JobEntry entry, JobEntry[]? dependencies) =>
        _scheduler.Register(new ReadOnlySpan<JobEntry>(ref entry), new ReadOnlySpan<JobEntry[]?>(ref dependencies));

    private void ThrowIfStopping()
    {
        if (_scheduler.IsStopping)
        {
            throw new InvalidOperationException("The job queue is shutting down and takes no new jobs.");
        }
    }

    private static string Describe(string jobType, string? nodeName) =>
        nodeName is null ? $"A job of type '{jobType}'" : $"Graph node '{nodeName}' (type '{jobType}')";

    private JobHandlerDescriptor FindHandler(string jobType, Type payloadType, object payload, string? nodeName)
    {
        if (!_handlers.TryGetValue(jobType, out var handler))
        {
            var known = _handlers.Count == 0 ? "none" : string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal).Select(type => $"'{type}'"));
            throw new ArgumentException(
                $"{Describe(jobType, nodeName)} has no handler: no handler is registered for job type '{jobType}' (registered: {known}). Register one with builder.AddJobHandler<TPayload, THandler>(\"{jobType}\").",
                nameof(jobType));
        }

        if (!handler.Accepts(payloadType) && !handler.PayloadType.IsInstanceOfType(payload))
        {
            throw new ArgumentException(
                $"{Describe(jobType, nodeName)} has a {payloadType.Name} payload, but the handler of '{jobType}' takes {handler.PayloadType.Name}.",
                nameof(payload));
        }

        return handler;
    }

    private SlotBudget? CheckDemand(JobResourceDemand demand, string jobType, string? nodeName)
    {
        if (_options.MemoryBudgetMegabytes is { } memory && demand.MemoryMegabytes > memory)
        {
            throw new ArgumentException(
                $"{Describe(jobType, nodeName)} demands {demand.MemoryMegabytes} MB, more than the whole memory budget ({memory} MB); it could never start.");
        }

        if (_options.CostPerHourBudgetUsd is { } cost && demand.EstimatedCost.Usd > cost)
        {
            throw new ArgumentException(
                $"{Describe(jobType, nodeName)} is estimated at {demand.EstimatedCost}, more than the whole budget of {cost} USD per hour; it could never start.");
        }

        if (demand.ConnectionPool is not { } poolName)
        {
            return null;
        }

        if (!_scheduler.TryGetPool(poolName, out var pool))
        {
            throw new ArgumentException(
                $"{Describe(jobType, nodeName)} needs a connection from pool '{poolName}', which is not configured in QueueOptions.ConnectionPools.");
        }

        return pool;
    }

    private async ValueTask<JobEntry[]> ResolveAsync(IReadOnlyList<JobDependency> dependsOn, string jobType, CancellationToken cancellationToken)
    {
        var entries = new JobEntry[dependsOn.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var edge = dependsOn[i];
            if (edge.NodeName is { } name)
            {
                throw new ArgumentException(
                    $"{Describe(jobType, null)} depends on graph node '{name}', but node names resolve only inside EnqueueGraphAsync; depend on a JobId instead.");
            }

            entries[i] = await ResolveOneAsync(edge.JobId, Describe(jobType, null), cancellationToken).ConfigureAwait(false);
        }

        return entries;
    }

    private async ValueTask<JobEntry> ResolveOneAsync(JobId id, string description, CancellationToken cancellationToken) =>
        _scheduler.FindLive(id)
        ?? await _store.GetAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new ArgumentException($"{description} depends on job {id}, which the job store does not have.");
}
