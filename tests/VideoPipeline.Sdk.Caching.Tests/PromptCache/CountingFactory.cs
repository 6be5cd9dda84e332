namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

/// <summary>A factory that counts its calls and answers each request with <see cref="Requests.ResultFor"/>.</summary>
internal sealed class CountingFactory
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask<GenerationResult> Invoke(GenerationRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return ValueTask.FromResult(Requests.ResultFor(request));
    }
}
