using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Styles.Tests;

/// <summary>The Styles services built through the container with a fake clock, the way an integrator does.</summary>
internal sealed class StyleServices
{
    private StyleServices(ServiceProvider provider, FakeTimeProvider time)
    {
        Provider = provider;
        Time = time;
    }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Time { get; }

    public IStyleTemplateManager Manager => Provider.GetRequiredService<IStyleTemplateManager>();

    public IStyleUsageAnalytics Analytics => Provider.GetRequiredService<IStyleUsageAnalytics>();

    public IStyleRecommender Recommender => Provider.GetRequiredService<IStyleRecommender>();

    public static StyleServices Create(Action<StylesOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddVideoPipeline().AddStyles(configure ?? (_ => { }));

        // The provider is not disposed: the services hold nothing that needs it, and each test gets its own.
        return new StyleServices(services.BuildServiceProvider(), time);
    }
}
