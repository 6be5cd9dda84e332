namespace VideoPipeline.Sdk.Benchmarks.Health;

/// <summary>A sink that only counts what it receives, so a benchmark pays for routing and not for a destination.</summary>
internal sealed class CountingAlertSink : IAlertSink
{
    public int Received { get; private set; }

    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        Received++;
        return ValueTask.CompletedTask;
    }
}
