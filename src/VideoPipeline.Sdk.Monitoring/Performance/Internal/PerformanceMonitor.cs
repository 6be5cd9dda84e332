using System.Diagnostics;
using System.Net.Http;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Monitoring.Diagnostics.Internal;
using VideoPipeline.Sdk.Monitoring.Instruments.Internal;
using VideoPipeline.Sdk.Monitoring.Resources.Internal;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;
using VideoPipeline.Sdk.Monitoring.WebVitals.Internal;

namespace VideoPipeline.Sdk.Monitoring.Performance.Internal;

/// <summary>
/// The <see cref="IPerformanceMonitor"/>: records each measurement on its <see cref="System.Diagnostics.Metrics"/> instrument
/// (for exporters) and in its own windowed series (for snapshots and detectors), in bounded memory.
/// </summary>
internal sealed class PerformanceMonitor : IPerformanceMonitor
{
    private const string Success = "success";
    private const string Failure = "failure";
    private const string Cancelled = "cancelled";

    private static readonly string[] DeviceClassTags = ["unknown", "desktop", "mobile", "tablet"];
    private static readonly string[] RatingTags = ["good", "needs_improvement", "poor"];
    private static readonly string[] RejectionTags = ["recorded", "unknown_metric", "negative_value", "implausible_value", "unknown_device_class"];

    private readonly MonitoringMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly MeterAggregator _aggregator;
    private readonly ResourceMonitor _resources;
    private readonly ErrorClassifier _errors = new();
    private readonly EndpointTable _endpoints;
    private readonly CappedSeriesTable<(string, string), LabelledSeries> _interactions;
    private readonly WebVitalsAggregate _webVitals;
    private long _rejectedWebVitals;

    public PerformanceMonitor(
        MonitoringMetrics metrics,
        IOptions<MonitoringOptions> options,
        TimeProvider timeProvider,
        WindowLayout layout,
        MeterAggregator aggregator,
        ResourceMonitor resources)
    {
        _metrics = metrics;
        _timeProvider = timeProvider;
        _aggregator = aggregator;
        _resources = resources;
        var maxSeries = options.Value.MaxSeriesPerInstrument;
        _endpoints = new EndpointTable(maxSeries, layout);
        _interactions = LabelledSeries.CreateTable(maxSeries, layout);
        _webVitals = new WebVitalsAggregate(layout);
    }

    public async ValueTask<TResult> TrackApiCallAsync<TResult>(string endpoint, string method, Func<CancellationToken, ValueTask<TResult>> apiCall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(apiCall);

        // The table holds only valid endpoints, so the full check runs when a lookup misses.
        if (!_endpoints.TryGet(endpoint, HttpMethods.IndexOf(method), out var series))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
            ArgumentException.ThrowIfNullOrWhiteSpace(method);
            series = _endpoints.GetOrAdd(endpoint, HttpMethods.IndexOf(method));
        }

        using var activity = StartActivity(series);
        var start = _timeProvider.GetTimestamp();
        TResult result;
        try
        {
            result = await apiCall(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            Complete(series, start, Cancelled, errorType: null, activity, exception);
            throw;
        }
        catch (Exception exception)
        {
            Complete(series, start, Failure, _errors.Classify(exception), activity, exception);
            throw;
        }

        if (result is HttpResponseMessage { IsSuccessStatusCode: false } response)
        {
            Complete(series, start, Failure, ErrorClassifier.OfStatusCode((int)response.StatusCode) ?? LabelledSeries.Other, activity, exception: null);
        }
        else
        {
            Complete(series, start, Success, errorType: null, activity, exception: null);
        }

        return result;
    }

    public void RecordInteraction(string name, string component, TimeSpan responseTime, bool success)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseTime, TimeSpan.Zero);

        var series = _interactions.GetOrAdd((name, component), out _);
        var seconds = responseTime.TotalSeconds;
        series.Distribution.Record(_timeProvider.GetTimestamp(), seconds, error: !success);
        _metrics.InteractionDuration.Record(
            seconds,
            new(VideoPipelineDiagnostics.InteractionTag, series.First),
            new(VideoPipelineDiagnostics.ComponentTag, series.Second),
            new(VideoPipelineDiagnostics.OutcomeTag, success ? Success : Failure));
    }

    public WebVitalsOutcome RecordWebVitals(WebVitalsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outcome = Validate(report, out var index);
        if (outcome != WebVitalsOutcome.Recorded)
        {
            Interlocked.Increment(ref _rejectedWebVitals);
            _metrics.WebVitalsRejected.Add(1, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.OutcomeTag, RejectionTags[(int)outcome]));
            return outcome;
        }

        var definition = WebVitalDefinition.All[index];
        var value = report.Value * definition.ToInstrumentUnit;
        var rating = definition.Rate(report.Value);
        _webVitals.Record(index, report.DeviceClass, _timeProvider.GetTimestamp(), value, rating);
        _metrics.WebVitalHistograms[index].Record(
            value,
            new(VideoPipelineDiagnostics.DeviceClassTag, DeviceClassTags[(int)report.DeviceClass]),
            new(VideoPipelineDiagnostics.WebVitalsRatingTag, RatingTags[(int)rating]));
        return outcome;
    }

    public MonitoringSnapshot GetSnapshot()
    {
        var accumulator = new HistogramAccumulator();
        var instruments = _aggregator.Read(accumulator);
        var timestamp = _timeProvider.GetTimestamp();
        return new MonitoringSnapshot(
            _timeProvider.GetUtcNow(),
            [.. Read(_endpoints.Series, _endpoints.Overflow, timestamp, accumulator).Select(entry => new ApiEndpointStatistics(entry.First, entry.Second, entry.Total, entry.Errors, entry.Windows))],
            [.. Read(_interactions.Series.Values, _interactions.Overflow, timestamp, accumulator).Select(entry => new InteractionStatistics(entry.First, entry.Second, entry.Total, entry.Errors, entry.Windows))],
            _webVitals.Read(timestamp, accumulator),
            Volatile.Read(ref _rejectedWebVitals),
            _resources.Latest,
            instruments);
    }

    private static WebVitalsOutcome Validate(WebVitalsReport report, out int index)
    {
        index = WebVitalDefinition.IndexOf(report.Name);
        return index < 0 ? WebVitalsOutcome.UnknownMetric
            : (uint)report.DeviceClass >= (uint)DeviceClassTags.Length ? WebVitalsOutcome.UnknownDeviceClass
            : double.IsNaN(report.Value) || double.IsInfinity(report.Value) ? WebVitalsOutcome.ImplausibleValue
            : report.Value < 0 ? WebVitalsOutcome.NegativeValue
            : report.Value > WebVitalDefinition.All[index].Implausible ? WebVitalsOutcome.ImplausibleValue
            : WebVitalsOutcome.Recorded;
    }

    private static IEnumerable<(string First, string Second, long Total, long Errors, WindowStatistics[] Windows)> Read(
        IEnumerable<LabelledSeries> series, LabelledSeries? overflow, long timestamp, HistogramAccumulator accumulator)
    {
        var all = series.OrderBy(entry => entry.First, StringComparer.Ordinal).ThenBy(entry => entry.Second, StringComparer.Ordinal).ToList();
        if (overflow is not null)
        {
            all.Add(overflow);
        }

        return all.Select(entry => (entry.First, entry.Second, entry.Distribution.TotalCount, entry.Distribution.TotalErrors, entry.Distribution.ReadWindows(timestamp, accumulator)));
    }

    private Activity? StartActivity(LabelledSeries series)
    {
        if (!_metrics.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = _metrics.ActivitySource.StartActivity($"{series.Second} {series.First}", ActivityKind.Client);
        activity?.SetTag(VideoPipelineDiagnostics.EndpointTag, series.First);
        activity?.SetTag(VideoPipelineDiagnostics.HttpMethodTag, series.Second);
        return activity;
    }

    private void Complete(LabelledSeries series, long start, string outcome, string? errorType, Activity? activity, Exception? exception)
    {
        var end = _timeProvider.GetTimestamp();
        var seconds = _timeProvider.GetElapsedTime(start, end).TotalSeconds;
        var failed = ReferenceEquals(outcome, Failure);
        series.Distribution.Record(end, seconds, failed);

        var tags = new TagList
        {
            { VideoPipelineDiagnostics.EndpointTag, series.First },
            { VideoPipelineDiagnostics.HttpMethodTag, series.Second },
            { VideoPipelineDiagnostics.OutcomeTag, outcome },
        };
        if (errorType is not null)
        {
            tags.Add(VideoPipelineDiagnostics.ErrorTypeTag, errorType);
        }

        _metrics.ApiCallDuration.Record(seconds, in tags);
        if (activity is not null)
        {
            activity.SetTag(VideoPipelineDiagnostics.OutcomeTag, outcome);
            if (errorType is not null)
            {
                activity.SetTag(VideoPipelineDiagnostics.ErrorTypeTag, errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            if (exception is not null)
            {
                activity.AddException(exception);
            }
        }
    }

    /// <summary>
    /// Reads each endpoint series' shortest window (the overflow series included), for the anomaly detectors: how many calls
    /// it holds, their 95th percentile duration in seconds and their error rate. One accumulator serves every series.
    /// </summary>
    public IEnumerable<(string Endpoint, string Method, long Count, double P95, double ErrorRate)> ReadEndpointFigures()
    {
        var accumulator = new HistogramAccumulator();
        var timestamp = _timeProvider.GetTimestamp();
        var all = _endpoints.Overflow is { } overflow ? _endpoints.Series.Append(overflow) : _endpoints.Series;
        foreach (var series in all)
        {
            var shortest = series.Distribution.ReadWindows(timestamp, accumulator)[0];
            yield return (series.First, series.Second, shortest.Count, shortest.P95, shortest.ErrorRate);
        }
    }
}
