using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk.Styles.Tests;

/// <summary>Builds a template manager through the container, the way an integrator does.</summary>
internal static class Managers
{
    public static IStyleTemplateManager Create(Action<StylesOptions>? configure = null)
    {
        var pipeline = new ServiceCollection().AddVideoPipeline();
        if (configure is null)
        {
            pipeline.AddStyles();
        }
        else
        {
            pipeline.AddStyles(configure);
        }

        // The provider is not disposed: the manager holds nothing disposable, and each test gets its own.
        return pipeline.Services.BuildServiceProvider().GetRequiredService<IStyleTemplateManager>();
    }
}
