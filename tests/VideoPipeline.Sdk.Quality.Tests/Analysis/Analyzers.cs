using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk.Quality.Tests.Analysis;

/// <summary>Content analyzers resolved the way an integrator resolves them.</summary>
internal static class Analyzers
{
    public static IContentAnalyzer Create(Action<QualityOptions>? configure = null)
    {
        var pipeline = new ServiceCollection().AddVideoPipeline();
        if (configure is null)
        {
            pipeline.AddQuality();
        }
        else
        {
            pipeline.AddQuality(configure);
        }

        return pipeline.Services.BuildServiceProvider().GetRequiredService<IContentAnalyzer>();
    }

    public static string ReadScript(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analysis", "TestData", "scripts", name + ".txt"));
}
