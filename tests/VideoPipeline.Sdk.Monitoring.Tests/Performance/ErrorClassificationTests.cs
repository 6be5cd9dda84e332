using System.Net;
using System.Net.Http;

namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class ErrorClassificationTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new HttpRequestException("throttled", null, HttpStatusCode.TooManyRequests), "429" },
        { new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable), "503" },
        { new HttpRequestException("no connection"), typeof(HttpRequestException).FullName! },
        { new GenerationProviderException(GenerationErrorKind.RateLimited, "slow down"), "rate_limited" },
        { new GenerationProviderException(GenerationErrorKind.Permanent, "no"), "permanent" },
        { new GenerationProviderException(GenerationErrorKind.Transient, "again"), "transient" },
        { new GenerationProviderException(GenerationErrorKind.Timeout, "late"), "timeout" },
        { new GenerationProviderException(GenerationErrorKind.InvalidRequest, "bad"), "invalid_request" },
        { new GenerationProviderException(GenerationErrorKind.ContentRejected, "unsafe"), "content_rejected" },
        { new TimeoutException("late"), "timeout" },
        { new InvalidOperationException("broken"), "System.InvalidOperationException" },
        { new CustomProviderFailure(), typeof(CustomProviderFailure).FullName! },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task TrackApiCallAsync_TagsTheErrorTypeOfAFailure(Exception failure, string errorType)
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        var caught = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", _ => ValueTask.FromException<int>(failure)));

        Assert.Same(failure, caught);
        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal(errorType, measurement.Tags[VideoPipelineDiagnostics.ErrorTypeTag]);
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    [Fact]
    public async Task TrackApiCallAsync_BoundsTheDistinctExceptionTypeNames()
    {
        // Exception types are code, not data, but a generic exception type makes them unbounded; 64 are kept.
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);
        var types = new[] { typeof(int), typeof(long), typeof(string), typeof(byte), typeof(short), typeof(char), typeof(bool), typeof(double) };
        var failures = (from a in types from b in types select (Exception)Activator.CreateInstance(typeof(GenericFailure<,>).MakeGenericType(a, b))!).ToList();

        foreach (var failure in failures)
        {
            await Assert.ThrowsAnyAsync<Exception>(async () =>
                await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", _ => ValueTask.FromException<int>(failure)));
        }

        var errorTypes = collector.GetMeasurementSnapshot().Select(m => (string)m.Tags[VideoPipelineDiagnostics.ErrorTypeTag]!).ToList();
        Assert.Equal(64, errorTypes.Count);
        Assert.Equal(64, errorTypes.Distinct().Count());
        Assert.DoesNotContain("_OTHER", errorTypes);

        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", _ => ValueTask.FromException<int>(new GenericFailure<decimal, decimal>())));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await host.Monitor.TrackApiCallAsync<int>("/v1/images", "POST", _ => ValueTask.FromException<int>(failures[0])));

        var last = collector.GetMeasurementSnapshot().TakeLast(2).Select(m => m.Tags[VideoPipelineDiagnostics.ErrorTypeTag]).ToList();
        Assert.Equal(["_OTHER", failures[0].GetType().FullName], last);
    }

    private sealed class CustomProviderFailure : Exception;

    private sealed class GenericFailure<TFirst, TSecond> : Exception;
}
