using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

/// <summary>A container with AddVideoPipeline().AddCaching(), a fake clock and, optionally, a shared distributed cache.</summary>
internal sealed class CacheHost : IDisposable
{
    private readonly ServiceProvider _services;

    public CacheHost(Action<PromptCacheOptions>? configure = null, IPromptEmbedder? embedder = null, IDistributedCache? distributed = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        if (embedder is not null)
        {
            services.AddSingleton(embedder);
        }

        if (distributed is not null)
        {
            services.AddSingleton(distributed);
        }

        services.AddVideoPipeline().AddCaching(options =>
        {
            options.DistributedCache = distributed is not null;
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Cache = _services.GetRequiredService<IPromptCache>();
        MediaStore = _services.GetRequiredService<IMediaStore>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public IPromptCache Cache { get; }

    public IMediaStore MediaStore { get; }

    public IServiceProvider Services => _services;

    public void Dispose() => _services.Dispose();
}
