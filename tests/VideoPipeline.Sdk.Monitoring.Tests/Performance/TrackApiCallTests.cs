using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;

namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class TrackApiCallTests
{
    [Fact]
    public async Task TrackApiCallAsync_ReturnsTheCallsResultAndCountsASuccess()
    {
        await using var host = await MonitorHost.StartAsync();

        var result = await host.Monitor.TrackApiCallAsync("/v1/images", "POST", _ => ValueTask.FromResult(42));

        Assert.Equal(42, result);
        var endpoint = Assert.Single(host.Monitor.GetSnapshot().Endpoints);
        Assert.Equal(("/v1/images", "POST", 1L, 0L), (endpoint.Endpoint, endpoint.Method, endpoint.TotalCount, endpoint.TotalErrors));
        Assert.All(endpoint.Windows, window => Assert.Equal((1L, 0L), (window.Count, window.Errors)));
    }

    [Fact]
    public async Task TrackApiCallAsync_PassesTheTokenToTheCall()
    {
        await using var host = await MonitorHost.StartAsync();
        using var source = new CancellationTokenSource();

        var seen = await host.Monitor.TrackApiCallAsync("/v1/images", "GET", token => ValueTask.FromResult(token), source.Token);

        Assert.Equal(source.Token, seen);
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenTheCallThrows_RethrowsTheSameExceptionWithItsStackTrace()
    {
        await using var host = await MonitorHost.StartAsync();
        var thrown = (Exception?)null;

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", async _ =>
            {
                await Task.Yield();
                try
                {
                    FailDeepInTheProvider();
                }
                catch (InvalidOperationException exception)
                {
                    thrown = exception;
                    throw;
                }

                return 0;
            }));

        Assert.Same(thrown, caught);
        Assert.Contains(nameof(FailDeepInTheProvider), caught.StackTrace, StringComparison.Ordinal);
        var endpoint = Assert.Single(host.Monitor.GetSnapshot().Endpoints);
        Assert.Equal((1L, 1L), (endpoint.TotalCount, endpoint.TotalErrors));
        Assert.Equal(1.0, endpoint.Windows[0].ErrorRate);
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenTheCallThrowsSynchronously_RecordsAndRethrowsIt()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        var exception = new ArgumentException("bad prompt");

        var caught = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", _ => throw exception));

        Assert.Same(exception, caught);
        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal(typeof(ArgumentException).FullName, measurement.Tags[VideoPipelineDiagnostics.ErrorTypeTag]);
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenCancelled_RecordsCancelledAndNotAnError()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        using var source = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/videos", "POST", token =>
            {
                source.Cancel();
                token.ThrowIfCancellationRequested();
                return ValueTask.FromResult(1);
            }, source.Token));

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("cancelled", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.False(measurement.Tags.ContainsKey(VideoPipelineDiagnostics.ErrorTypeTag));
        var endpoint = Assert.Single(host.Monitor.GetSnapshot().Endpoints);
        Assert.Equal((1L, 0L), (endpoint.TotalCount, endpoint.TotalErrors));
        Assert.Equal(0, endpoint.Windows[0].ErrorRate);
    }

    [Fact]
    public async Task TrackApiCallAsync_WhenTheCallCancelsItselfWithoutTheCallersToken_RecordsATimeoutFailure()
    {
        // HttpClient's own timeout surfaces as a TaskCanceledException while the caller's token is not cancelled.
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        await Assert.ThrowsAsync<TaskCanceledException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/videos", "GET", _ => throw new TaskCanceledException()));

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal("timeout", measurement.Tags[VideoPipelineDiagnostics.ErrorTypeTag]);
        Assert.Equal(1, Assert.Single(host.Monitor.GetSnapshot().Endpoints).TotalErrors);
    }

    [Fact]
    public async Task TrackApiCallAsync_WithAFailedResponse_ReturnsItAndRecordsAFailureWithTheStatusCode()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        var returned = await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(response));

        Assert.Same(response, returned);
        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal("500", measurement.Tags[VideoPipelineDiagnostics.ErrorTypeTag]);
        Assert.Equal(1, Assert.Single(host.Monitor.GetSnapshot().Endpoints).TotalErrors);
    }

    [Fact]
    public async Task TrackApiCallAsync_WithASuccessfulResponse_RecordsASuccess()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        using var response = new HttpResponseMessage(HttpStatusCode.Created);

        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(response));

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("success", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.False(measurement.Tags.ContainsKey(VideoPipelineDiagnostics.ErrorTypeTag));
        Assert.Equal(0, Assert.Single(host.Monitor.GetSnapshot().Endpoints).TotalErrors);
    }

    [Fact]
    public async Task TrackApiCallAsync_WithAFailedResponseOfANonStandardStatus_StillTagsTheErrorType()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        using var response = new HttpResponseMessage((HttpStatusCode)799);

        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(response));

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal("_OTHER", measurement.Tags[VideoPipelineDiagnostics.ErrorTypeTag]);
    }

    [Fact]
    public async Task TrackApiCallAsync_MeasuresTheDurationWithTheTimeProvider()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        await host.Monitor.TrackApiCallAsync("/v1/images", "POST", _ =>
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(250));
            return ValueTask.FromResult(true);
        });

        Assert.Equal(0.25, Assert.Single(collector.GetMeasurementSnapshot()).Value);
        var window = Assert.Single(host.Monitor.GetSnapshot().Endpoints).Windows[0];
        Assert.Equal(0.25, window.Sum, 0.25 * 0.032);
        Assert.Equal(0.25, window.Mean, 0.25 * 0.032);
        Assert.Equal(0.25, window.P50, 0.25 * 0.032);
        Assert.Equal(0.25, window.P99, 0.25 * 0.032);
    }

    [Theory]
    [InlineData("post", "POST")]
    [InlineData("Get", "GET")]
    [InlineData("delete", "DELETE")]
    [InlineData("QUERY", "QUERY")]
    [InlineData("weird", "_OTHER")]
    [InlineData("GETT", "_OTHER")]
    public async Task TrackApiCallAsync_NormalizesTheMethod(string method, string expected)
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        await host.Monitor.TrackApiCallAsync("/v1/images", method, _ => ValueTask.FromResult(0));

        Assert.Equal(expected, Assert.Single(collector.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.HttpMethodTag]);
        Assert.Equal(expected, Assert.Single(host.Monitor.GetSnapshot().Endpoints).Method);
    }

    [Fact]
    public async Task TrackApiCallAsync_TagsTheMeasurementWithEndpointMethodAndOutcomeOnly()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        await host.Monitor.TrackApiCallAsync("/v1/images", "post", _ => ValueTask.FromResult(0));

        var tags = Assert.Single(collector.GetMeasurementSnapshot()).Tags;
        Assert.Equal(
            [
                new(VideoPipelineDiagnostics.HttpMethodTag, "POST"),
                new(VideoPipelineDiagnostics.EndpointTag, "/v1/images"),
                new(VideoPipelineDiagnostics.OutcomeTag, "success"),
            ],
            tags.OrderBy(tag => tag.Key, StringComparer.Ordinal).ToArray<KeyValuePair<string, object?>>());
    }

    [Fact]
    public async Task TrackApiCallAsync_ForTheSameEndpointWithTwoMethods_KeepsTwoSeries()
    {
        await using var host = await MonitorHost.StartAsync();

        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(0));
        await host.Monitor.TrackApiCallAsync("/v1/images", "get", _ => ValueTask.FromResult(0));
        await host.Monitor.TrackApiCallAsync("/v1/images", "POST", _ => ValueTask.FromResult(0));

        var endpoints = host.Monitor.GetSnapshot().Endpoints;
        Assert.Equal([("/v1/images", "GET", 2L), ("/v1/images", "POST", 1L)], endpoints.Select(e => (e.Endpoint, e.Method, e.TotalCount)).Order());
    }

    [Theory]
    [InlineData(null, "GET", "endpoint", typeof(ArgumentNullException))]
    [InlineData("", "GET", "endpoint", typeof(ArgumentException))]
    [InlineData("  ", "GET", "endpoint", typeof(ArgumentException))]
    [InlineData("/v1/images", null, "method", typeof(ArgumentNullException))]
    [InlineData("/v1/images", "", "method", typeof(ArgumentException))]
    [InlineData("/v1/images", "\t", "method", typeof(ArgumentException))]
    public async Task TrackApiCallAsync_RejectsMissingNames(string? endpoint, string? method, string parameter, Type exceptionType)
    {
        await using var host = await MonitorHost.StartAsync();
        var called = false;

        var exception = await Assert.ThrowsAsync(exceptionType, async () =>
            await host.Monitor.TrackApiCallAsync(endpoint!, method!, _ =>
            {
                called = true;
                return ValueTask.FromResult(0);
            }));

        Assert.Equal(parameter, ((ArgumentException)exception).ParamName);
        Assert.False(called);
        Assert.Empty(host.Monitor.GetSnapshot().Endpoints);
    }

    [Fact]
    public async Task TrackApiCallAsync_RejectsANullCall()
    {
        await using var host = await MonitorHost.StartAsync();

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "GET", null!));

        Assert.Equal("apiCall", exception.ParamName);
        Assert.Empty(host.Monitor.GetSnapshot().Endpoints);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FailDeepInTheProvider() => throw new InvalidOperationException("provider failed");
}
