namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>Sinks that fail the way broken destinations do: at once, with a faulted task, or by never answering.</summary>
internal static class FailingSinks
{
    public static IAlertSink Throwing { get; } = new ThrowingAlertSink();

    public static IAlertSink Faulting { get; } = new FaultingAlertSink();

    public static IAlertSink NeverCompleting { get; } = new NeverCompletingAlertSink();

    private sealed class ThrowingAlertSink : IAlertSink
    {
        public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The sink is down.");
    }

    private sealed class FaultingAlertSink : IAlertSink
    {
        public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new HttpRequestException("The sink answered 503."));
    }

    private sealed class NeverCompletingAlertSink : IAlertSink
    {
        private readonly TaskCompletionSource _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default) => new(_never.Task);
    }
}
