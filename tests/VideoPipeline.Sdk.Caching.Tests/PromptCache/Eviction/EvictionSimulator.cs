using VideoPipeline.Sdk.Caching.PromptCache.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>
/// Replays a <see cref="CacheWorkload"/> against a <see cref="MemoryTier"/> the way the prompt cache drives it: a lookup
/// per request, and on a miss a new entry for the generated result. Time is a logical clock that advances by one per request.
/// Also computes two references that are not policies: a cache without a budget, and the best fixed set of items chosen
/// in hindsight.
/// </summary>
internal static class EvictionSimulator
{
    public static SimulationResult Run(CacheWorkload workload, CacheEvictionPolicy policy, long budgetBytes, double warmUpShare)
    {
        // The media budget is irrelevant here: every byte is charged to the memory budget.
        var tier = new MemoryTier(budgetBytes, long.MaxValue, policy);
        var warmUp = WarmUp(workload, warmUpShare);
        var measurement = new Measurement();
        long peak = 0;
        for (var now = 0; now < workload.Requests.Count; now++)
        {
            var request = workload.Requests[now];
            var item = workload.Items[request.Item];
            var hit = tier.TryGet(item.Key, now, out _, out _);
            if (now >= warmUp)
            {
                measurement.Add(request, item, hit);
            }

            if (!hit && tier.Fits(item.Bytes, 0))
            {
                tier.Set(item.CreateEntry(), now, out _);
                peak = Math.Max(peak, tier.MemoryBytes);
            }
        }

        return measurement.ToResult(policy, budgetBytes, peak, tier.MemoryBytes, tier.Evictions);
    }

    /// <summary>
    /// The upper bound of any cache: no budget, so it misses only the first request for each item. It remembers the
    /// warm-up, like the policies, and counts only after it.
    /// </summary>
    public static SimulationResult RunUnbounded(CacheWorkload workload, double warmUpShare)
    {
        var seen = new bool[workload.Items.Count];
        var warmUp = WarmUp(workload, warmUpShare);
        var measurement = new Measurement();
        long stored = 0;
        for (var now = 0; now < workload.Requests.Count; now++)
        {
            var request = workload.Requests[now];
            var item = workload.Items[request.Item];
            var hit = seen[request.Item];
            if (now >= warmUp)
            {
                measurement.Add(request, item, hit);
            }

            if (!hit)
            {
                seen[request.Item] = true;
                stored += item.Bytes;
            }
        }

        return measurement.ToResult(null, long.MaxValue, stored, stored, 0);
    }

    /// <summary>
    /// The best fixed content for the budget chosen in hindsight: knowing how often each item is requested over the whole
    /// run, it keeps the items with the highest <c>requests × cost / bytes</c> until the budget is full, from the start.
    /// Under independent requests with fixed popularity, as here, this is close to the most money any eviction policy
    /// can save: a policy learns popularity from the requests it has seen and pays for misses while it does.
    /// </summary>
    public static SimulationResult RunHindsightOptimum(CacheWorkload workload, long budgetBytes, double warmUpShare)
    {
        var requests = new int[workload.Items.Count];
        foreach (var request in workload.Requests)
        {
            requests[request.Item]++;
        }

        var cached = new bool[workload.Items.Count];
        long stored = 0;
        foreach (var item in workload.Items.OrderByDescending(item => requests[item.Id] * (double)item.Cost / item.Bytes).ThenBy(item => item.Id))
        {
            if (stored + item.Bytes <= budgetBytes)
            {
                stored += item.Bytes;
                cached[item.Id] = true;
            }
        }

        var warmUp = WarmUp(workload, warmUpShare);
        var measurement = new Measurement();
        for (var now = warmUp; now < workload.Requests.Count; now++)
        {
            var request = workload.Requests[now];
            measurement.Add(request, workload.Items[request.Item], cached[request.Item]);
        }

        return measurement.ToResult(null, budgetBytes, stored, stored, 0);
    }

    private static int WarmUp(CacheWorkload workload, double warmUpShare) => (int)(workload.Requests.Count * warmUpShare);

    private sealed class Measurement
    {
        private long _requests;
        private long _hits;
        private long _nearDuplicateHits;
        private long _bytesRequested;
        private long _bytesHit;
        private decimal _saved;

        public void Add(WorkloadRequest request, WorkloadItem item, bool hit)
        {
            _requests++;
            _bytesRequested += item.Bytes;
            if (hit)
            {
                _hits++;
                _nearDuplicateHits += request.NearDuplicate ? 1 : 0;
                _bytesHit += item.Bytes;
                _saved += item.Cost;
            }
        }

        public SimulationResult ToResult(CacheEvictionPolicy? policy, long budgetBytes, long peakBytes, long finalBytes, long evictions) => new()
        {
            Policy = policy,
            BudgetBytes = budgetBytes,
            MeasuredRequests = _requests,
            Hits = _hits,
            NearDuplicateHits = _nearDuplicateHits,
            BytesRequested = _bytesRequested,
            BytesHit = _bytesHit,
            MoneySaved = _saved,
            PeakMemoryBytes = peakBytes,
            FinalMemoryBytes = finalBytes,
            Evictions = evictions,
        };
    }
}
