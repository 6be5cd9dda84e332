using System.Diagnostics.CodeAnalysis;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Performance.Internal;

/// <summary>
/// The series of tracked API calls by endpoint and method, at most <c>maxSeries</c> pairs plus one <c>_OTHER</c> series.
/// Built for the hot path: one lock-free lookup by endpoint in a dictionary with the default (fast, non-randomized until
/// attacked) string comparer, then the method's slot in a small array. The dictionary is replaced, never changed, when a
/// series is added.
/// </summary>
internal sealed class EndpointTable(int maxSeries, WindowLayout layout)
{
    // The last series this thread found, by the reference of the endpoint string it was found with (no allocation).
    [ThreadStatic]
    private static EndpointTable? t_lastTable;
    [ThreadStatic]
    private static string? t_lastEndpoint;
    [ThreadStatic]
    private static int t_lastMethod;
    [ThreadStatic]
    private static LabelledSeries? t_lastSeries;

    private readonly Lock _growth = new();
    private volatile Dictionary<string, LabelledSeries?[]> _endpoints = [];
    private int _count;
    private LabelledSeries? _overflow;

    public LabelledSeries? Overflow => Volatile.Read(ref _overflow);

    public IEnumerable<LabelledSeries> Series =>
        _endpoints.Values.SelectMany(methods => methods).OfType<LabelledSeries>();

    public bool TryGet(string endpoint, int method, [NotNullWhen(true)] out LabelledSeries? series)
    {
        // A thread usually tracks the same endpoint string (a literal, so the same reference) many times in a row.
        if (ReferenceEquals(t_lastEndpoint, endpoint) && t_lastMethod == method && ReferenceEquals(t_lastTable, this))
        {
            series = t_lastSeries!;
            return true;
        }

        series = _endpoints.TryGetValue(endpoint, out var methods) ? methods[method] : null;
        if (series is null)
        {
            return false;
        }

        t_lastTable = this;
        t_lastEndpoint = endpoint;
        t_lastMethod = method;
        t_lastSeries = series;
        return true;
    }

    public LabelledSeries GetOrAdd(string endpoint, int method)
    {
        // Past the cap, an unknown endpoint goes to the overflow series without taking the lock.
        if (TryGet(endpoint, method, out var found))
        {
            return found;
        }

        if (Volatile.Read(ref _count) >= maxSeries && Overflow is { } overflow)
        {
            return overflow;
        }

        lock (_growth)
        {
            var current = _endpoints;
            if (current.TryGetValue(endpoint, out var methods) && methods[method] is { } existing)
            {
                return existing;
            }

            if (_count >= maxSeries)
            {
                return _overflow ??= new LabelledSeries(LabelledSeries.Other, LabelledSeries.Other, layout);
            }

            // A new array, so that readers of the published one never see it change.
            var updated = methods is null ? new LabelledSeries?[HttpMethods.Names.Length] : (LabelledSeries?[])methods.Clone();
            var series = new LabelledSeries(endpoint, HttpMethods.Names[method], layout);
            updated[method] = series;
            _endpoints = new Dictionary<string, LabelledSeries?[]>(current) { [endpoint] = updated };
            Volatile.Write(ref _count, _count + 1);
            return series;
        }
    }
}
