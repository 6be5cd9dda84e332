using System.Net;
using static VideoPipeline.Sdk.Monitoring.Tests.Progress.ProgressHost;

namespace VideoPipeline.Sdk.Monitoring.Tests.Progress;

public sealed class ProgressErrorTests
{
    [Fact]
    public void Fail_FailsTheStepItsParentsAndTheJob_AndCancelsTheRest()
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"), Step("b"));
        var a = job.GetStep("a");
        var sub = a.AddSubStep(Step("a1"));
        a.AddSubStep(Step("a2"));

        sub.Fail(new TimeoutException("The provider did not answer in 60 s."));

        var progress = job.GetProgress();
        Assert.Equal(ProgressStatus.Failed, progress.Status);
        Assert.Equal(ProgressStatus.Failed, progress.Steps[0].Status);
        Assert.Equal(ProgressStatus.Failed, progress.Steps[0].SubSteps[0].Status);
        Assert.Equal(ProgressStatus.Cancelled, progress.Steps[0].SubSteps[1].Status);
        Assert.Equal(ProgressStatus.Cancelled, progress.Steps[1].Status);
        Assert.Same(progress.Error, progress.Steps[0].SubSteps[0].Error);
        Assert.Equal(typeof(TimeoutException).FullName, progress.Error!.ExceptionType);
        Assert.Equal("The provider did not answer in 60 s.", progress.Error.Message);
    }

    [Fact]
    public void RateLimited_SuggestsLoweringConcurrency_AndWaitingTheRetryAfter()
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.RateLimited, "Too many requests.") { RetryAfter = TimeSpan.FromSeconds(12) });

        Assert.Contains("lower the concurrency", error.Suggestion, StringComparison.Ordinal);
        Assert.Contains("12 s", error.Suggestion, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void Http429_SuggestsLoweringConcurrency()
    {
        var error = FailWith(new HttpRequestException("Too many requests.", null, HttpStatusCode.TooManyRequests));

        Assert.Contains("lower the concurrency", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderTimeout_SuggestsALongerTimeoutOrAFasterProfile()
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.Timeout, "Timed out."));

        AssertTimeoutSuggestion(error);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void HttpTimeouts_SuggestALongerTimeoutOrAFasterProfile(HttpStatusCode status) =>
        AssertTimeoutSuggestion(FailWith(new HttpRequestException("Timed out.", null, status)));

    [Fact]
    public void TimeoutException_SuggestsALongerTimeoutOrAFasterProfile() =>
        AssertTimeoutSuggestion(FailWith(new TimeoutException("Timed out.")));

    [Fact]
    public void TaskCanceledException_SuggestsALongerTimeoutOrAFasterProfile() =>
        AssertTimeoutSuggestion(FailWith(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.")));

    [Fact]
    public void InvalidRequest_WithParameterName_NamesTheParameter()
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.InvalidRequest, "Bad request.") { ParameterName = "duration" });

        Assert.Equal("duration", error.ParameterName);
        Assert.Contains("'duration'", error.Suggestion, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("Invalid value for parameter 'aspect_ratio': 5:1 is not supported.", "aspect_ratio")]
    [InlineData("unknown field: seed", "seed")]
    [InlineData("Property \"resolution\" must be one of 720p, 1080p.", "resolution")]
    [InlineData("argument=num_frames out of range", "num_frames")]
    public void InvalidRequest_WithoutParameterName_ParsesItFromTheMessage(string message, string expected)
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.InvalidRequest, message));

        Assert.Equal(expected, error.ParameterName);
        Assert.Contains($"'{expected}'", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRequest_WhoseMessageNamesNoParameter_SaysSoWithoutGuessing()
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.InvalidRequest, "The parameter value is too large."));

        Assert.Null(error.ParameterName);
        Assert.Contains("check its parameters", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void ArgumentException_NamesItsParamName()
    {
        var error = FailWith(new ArgumentOutOfRangeException("width", 9000, "Too wide."));

        Assert.Equal("width", error.ParameterName);
        Assert.Contains("'width'", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentRejected_SuggestsChangingThePrompt()
    {
        var error = FailWith(new GenerationProviderException(GenerationErrorKind.ContentRejected, "Safety filter."));

        Assert.Contains("change the prompt", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedException_StillGetsASuggestion()
    {
        var error = FailWith(new InvalidOperationException("Broken."));

        Assert.Contains(nameof(InvalidOperationException), error.Suggestion, StringComparison.Ordinal);
    }

    private static void AssertTimeoutSuggestion(ProgressError error)
    {
        Assert.Contains("raise the timeout", error.Suggestion, StringComparison.Ordinal);
        Assert.Contains("faster", error.Suggestion, StringComparison.Ordinal);
    }

    private static ProgressError FailWith(Exception exception)
    {
        using var host = new ProgressHost();
        var job = host.Start("job", Step("a"));
        job.GetStep("a").Fail(exception);
        var progress = job.GetProgress();
        Assert.Same(progress.Error, progress.Steps[0].Error);
        return progress.Error!;
    }
}
