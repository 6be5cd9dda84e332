namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class GetOrGenerateTests
{
    private static readonly PromptCacheEntryOptions ExactOnly = new() { AllowSemanticMatch = false };

    [Fact]
    public async Task GetOrGenerate_SecondCall_IsExactHitWithoutFactoryCall()
    {
        using var host = new CacheHost();
        var factory = new CountingFactory();
        var request = Requests.Image("a lighthouse at dawn");

        var first = await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        var second = await host.Cache.GetOrGenerateAsync(request with { }, factory.Invoke);

        Assert.Equal(PromptCacheOutcome.Generated, first.Outcome);
        Assert.Equal(PromptCacheOutcome.ExactHit, second.Outcome);
        Assert.True(second.IsHit);
        Assert.Equal(1, second.Similarity);
        Assert.Equal(1, factory.Calls);
        Assert.Equal("content of a lighthouse at dawn", await Requests.ReadTextAsync(second.GenerationResult));
        Assert.Equal(Money.FromUsd(0.04m), second.GenerationResult.Cost);
    }

    [Fact]
    public async Task GetOrGenerate_AnyFieldDiffers_IsMiss()
    {
        using var host = new CacheHost();
        var factory = new CountingFactory();
        var request = Requests.Image("a lighthouse at dawn");
        await host.Cache.GetOrGenerateAsync(request, factory.Invoke, ExactOnly);

        await host.Cache.GetOrGenerateAsync(request with { Seed = 2 }, factory.Invoke, ExactOnly);
        await host.Cache.GetOrGenerateAsync(request with { Width = 1024 }, factory.Invoke, ExactOnly);
        await host.Cache.GetOrGenerateAsync(request with { Model = "image-2" }, factory.Invoke, ExactOnly);
        await host.Cache.GetOrGenerateAsync(request.WithParameter("style", "noir"), factory.Invoke, ExactOnly);

        Assert.Equal(5, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_ConcurrentCallers_InvokeFactoryOnce()
    {
        using var host = new CacheHost();
        var release = new TaskCompletionSource();
        var calls = 0;
        var request = Requests.Image("a castle in fog");

        var joined = 0;
        var callers = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            // The lookup and the joining of the one generation happen before the call returns its pending task.
            var pending = host.Cache.GetOrGenerateAsync(request, async (r, ct) =>
            {
                Interlocked.Increment(ref calls);
                await release.Task;
                return Requests.ResultFor(r);
            });
            Interlocked.Increment(ref joined);
            return await pending;
        })).ToArray();

        // Release the generation only when every caller has joined it (a fixed delay is flaky on a busy machine).
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref joined) == 50, TimeSpan.FromSeconds(30)));
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal(PromptCacheOutcome.Generated, r.Outcome));
        Assert.Single(results.Select(r => r.GenerationResult).Distinct());
        Assert.Equal(50, host.Cache.GetStatistics().Misses);
        Assert.Equal(1, host.Cache.GetStatistics().Generations);
    }

    [Fact]
    public async Task GetOrGenerate_OneWaiterCancels_GenerationGoesOnForTheOthers()
    {
        using var host = new CacheHost();
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var factoryToken = CancellationToken.None;
        var request = Requests.Image("a harbour at night");
        using var leaving = new CancellationTokenSource();

        var first = host.Cache.GetOrGenerateAsync(request, async (r, ct) =>
        {
            factoryToken = ct;
            started.SetResult();
            await release.Task;
            return Requests.ResultFor(r);
        }, cancellationToken: leaving.Token).AsTask();
        await started.Task;
        var second = host.Cache.GetOrGenerateAsync(request, (_, _) => throw new InvalidOperationException("must not be called")).AsTask();
        leaving.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.False(factoryToken.IsCancellationRequested);
        release.SetResult();
        var result = await second;
        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
        Assert.Equal(PromptCacheOutcome.ExactHit, (await host.Cache.GetOrGenerateAsync(request, (_, _) => throw new InvalidOperationException())).Outcome);
    }

    [Fact]
    public async Task GetOrGenerate_EveryWaiterCancels_CancelsTheGenerationAndCachesNothing()
    {
        using var host = new CacheHost();
        var observedCancellation = new TaskCompletionSource();
        var request = Requests.Image("a desert road");
        using var cancellation = new CancellationTokenSource();

        var call = host.Cache.GetOrGenerateAsync(request, async (r, ct) =>
        {
            ct.Register(() => observedCancellation.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return Requests.ResultFor(r);
        }, cancellationToken: cancellation.Token).AsTask();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await observedCancellation.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var factory = new CountingFactory();
        Assert.Equal(PromptCacheOutcome.Generated, (await host.Cache.GetOrGenerateAsync(request, factory.Invoke)).Outcome);
        Assert.Equal(1, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_FactoryThrows_ReachesEveryWaiterAndIsNotCached()
    {
        using var host = new CacheHost();
        var request = Requests.Image("a storm at sea");
        var failure = new GenerationProviderException(GenerationErrorKind.Transient, "provider down");

        var error = await Assert.ThrowsAsync<GenerationProviderException>(async () =>
            await host.Cache.GetOrGenerateAsync(request, (_, _) => throw failure));
        var factory = new CountingFactory();
        var retry = await host.Cache.GetOrGenerateAsync(request, factory.Invoke);

        Assert.Same(failure, error);
        Assert.Equal(PromptCacheOutcome.Generated, retry.Outcome);
        Assert.Equal(1, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_FailureCacheDuration_RethrowsUntilItExpires()
    {
        using var host = new CacheHost(o => o.FailureCacheDuration = TimeSpan.FromSeconds(30));
        var request = Requests.Image("a storm at sea");
        var calls = 0;
        ValueTask<GenerationResult> Failing(GenerationRequest r, CancellationToken ct)
        {
            calls++;
            throw new GenerationProviderException(GenerationErrorKind.ContentRejected, "rejected");
        }

        await Assert.ThrowsAsync<GenerationProviderException>(async () => await host.Cache.GetOrGenerateAsync(request, Failing));
        await Assert.ThrowsAsync<GenerationProviderException>(async () => await host.Cache.GetOrGenerateAsync(request, Failing));
        Assert.Equal(1, calls);

        host.Time.Advance(TimeSpan.FromSeconds(31));
        var factory = new CountingFactory();
        Assert.Equal(PromptCacheOutcome.Generated, (await host.Cache.GetOrGenerateAsync(request, factory.Invoke)).Outcome);
        Assert.Equal(1, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_FactoryReturnsAnotherKind_ThrowsAndCachesNothing()
    {
        using var host = new CacheHost();
        var request = Requests.Image("a forest");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await host.Cache.GetOrGenerateAsync(request, (r, _) => ValueTask.FromResult(Requests.ResultFor(Requests.Text(r.Prompt)))));

        Assert.Contains("Text result for a Image request", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Cache.GetStatistics().EntryCount);
    }

    [Fact]
    public async Task GetOrGenerate_EntryExpires_AfterItsTimeToLive()
    {
        using var host = new CacheHost();
        var factory = new CountingFactory();
        var request = Requests.Image("a meadow");
        var options = new PromptCacheEntryOptions { TimeToLive = TimeSpan.FromMinutes(5) };
        await host.Cache.GetOrGenerateAsync(request, factory.Invoke, options);

        host.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(PromptCacheOutcome.ExactHit, (await host.Cache.GetOrGenerateAsync(request, factory.Invoke, options)).Outcome);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(PromptCacheOutcome.Generated, (await host.Cache.GetOrGenerateAsync(request, factory.Invoke, options)).Outcome);
        Assert.Equal(2, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_ManyCallersWithRandomCancellation_NeverReturnAnotherRequestsResult()
    {
        using var host = new CacheHost(o => o.SemanticMatching = false);
        var random = new Random(42);
        var calls = new int[40];
        var tasks = new List<Task>();
        for (var i = 0; i < 2000; i++)
        {
            var index = random.Next(calls.Length);
            var cancelAfter = random.Next(4) == 0 ? random.Next(0, 3) : -1;
            tasks.Add(Task.Run(async () =>
            {
                using var cancellation = new CancellationTokenSource();
                if (cancelAfter >= 0)
                {
                    cancellation.CancelAfter(cancelAfter);
                }

                var request = Requests.Image("prompt " + index);
                try
                {
                    var result = await host.Cache.GetOrGenerateAsync(request, async (r, ct) =>
                    {
                        Interlocked.Increment(ref calls[index]);
                        await Task.Yield();
                        return Requests.ResultFor(r);
                    }, cancellationToken: cancellation.Token);
                    Assert.Equal("content of prompt " + index, await Requests.ReadTextAsync(result.GenerationResult));
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                }
            }));
        }

        await Task.WhenAll(tasks);

        var statistics = host.Cache.GetStatistics();
        Assert.Equal(calls.Sum(), statistics.Generations);
        Assert.True(statistics.EntryCount <= calls.Length);
        Assert.All(calls, c => Assert.InRange(c, 0, 50));
    }
}
