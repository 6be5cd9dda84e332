using System.Collections.Concurrent;
using System.Diagnostics;

namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class ApiCallActivityTests : IDisposable
{
    // Other tests run in parallel with monitors of their own; each test here uses an endpoint no other test uses.
    private readonly string _endpoint = $"/v1/activity-{Guid.NewGuid():N}";
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ApiCallActivityTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == VideoPipelineDiagnostics.Monitoring,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task TrackApiCallAsync_StartsAClientActivityWithTheSeriesTags()
    {
        await using var host = await MonitorHost.StartAsync();
        Activity? during = null;

        await host.Monitor.TrackApiCallAsync(_endpoint, "post", _ =>
        {
            during = Activity.Current;
            return ValueTask.FromResult(0);
        });

        var activity = Assert.Single(Mine());
        Assert.Same(activity, during);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal($"POST {_endpoint}", activity.DisplayName);
        Assert.Equal(_endpoint, activity.GetTagItem(VideoPipelineDiagnostics.EndpointTag));
        Assert.Equal("POST", activity.GetTagItem(VideoPipelineDiagnostics.HttpMethodTag));
        Assert.Equal("success", activity.GetTagItem(VideoPipelineDiagnostics.OutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenTheCallFails_SetsTheErrorStatusAndRecordsTheException()
    {
        await using var host = await MonitorHost.StartAsync();

        await Assert.ThrowsAsync<TimeoutException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>(_endpoint, "GET", _ => ValueTask.FromException<int>(new TimeoutException("late"))));

        var activity = Assert.Single(Mine());
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("timeout", activity.StatusDescription);
        Assert.Equal("timeout", activity.GetTagItem(VideoPipelineDiagnostics.ErrorTypeTag));
        Assert.Equal("failure", activity.GetTagItem(VideoPipelineDiagnostics.OutcomeTag));
        var exceptionEvent = Assert.Single(activity.Events, e => e.Name == "exception");
        Assert.Contains(exceptionEvent.Tags, tag => tag.Key == "exception.type" && Equals(tag.Value, typeof(TimeoutException).FullName));
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenCancelled_DoesNotSetTheErrorStatus()
    {
        await using var host = await MonitorHost.StartAsync();
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>(_endpoint, "GET", token => ValueTask.FromCanceled<int>(token), source.Token));

        var activity = Assert.Single(Mine());
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        Assert.Equal("cancelled", activity.GetTagItem(VideoPipelineDiagnostics.OutcomeTag));
        Assert.Null(activity.GetTagItem(VideoPipelineDiagnostics.ErrorTypeTag));
    }

    private List<Activity> Mine() =>
        [.. _stopped.Where(activity => Equals(activity.GetTagItem(VideoPipelineDiagnostics.EndpointTag), _endpoint))];
}
