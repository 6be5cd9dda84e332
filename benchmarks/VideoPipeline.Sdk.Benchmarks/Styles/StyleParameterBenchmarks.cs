using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Styles;

namespace VideoPipeline.Sdk.Benchmarks.Styles;

/// <summary>
/// Generating the style parameters of a 20-scene script with the built-in <c>modern-commercial</c> template, from the scenes
/// and from the script (split by blank lines first). The floor is the least any per-scene prompt costs: one
/// <see cref="string.Replace(string, string?, StringComparison)"/> of <c>{prompt}</c> in the template per scene, with no
/// other placeholder, camera, lighting, resolution or frame-rate choice and no result objects.
/// </summary>
[MemoryDiagnoser]
public class StyleParameterBenchmarks
{
    private const string TemplateId = "modern-commercial";

    private static readonly string[] SceneDescriptions =
    [
        "A runner laces her shoes on a quiet street at dawn, breath visible in the cold air",
        "She sets off past shuttered cafés as the first tram rattles by",
        "Close on the new shoe's sole gripping a wet kerb without slipping",
        "She crosses a long steel bridge while the river below catches the sunrise",
        "A cyclist and two other runners fall in beside her and nod",
        "The group climbs the park steps two at a time, laughing",
        "Macro detail of the breathable mesh flexing with every stride",
        "At the top they stop, hands on knees, and look over the city skyline",
        "A bottle of water passes from hand to hand",
        "Top-down shot of five pairs of shoes in a circle on the gravel path",
        "They jog back down through an avenue of plane trees in bright morning light",
        "A dog on a lead tries to keep up, ears flying",
        "Slow motion: a splash as a foot lands in a shallow puddle",
        "Close-up reaction: the runner grins at the camera, out of breath",
        "The group splits at a crossroads with high fives",
        "She checks her watch: a personal best flashes on the screen",
        "Back home she unlaces the shoes and sets them by the door",
        "The shoes sit in a pool of sunlight on the wooden floor",
        "Text on screen invites the viewer to try them for thirty days",
        "The logo appears over the morning skyline with the tagline Run Your City",
    ];

    private ServiceProvider _services = null!;
    private IStyleTemplateManager _manager = null!;
    private StyleContext _fromScenes = null!;
    private StyleContext _fromScript = null!;
    private string _promptTemplate = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddVideoPipeline().AddStyles().Services.BuildServiceProvider();
        _manager = _services.GetRequiredService<IStyleTemplateManager>();
        _fromScenes = new StyleContext { Scenes = SceneDescriptions, Mood = "energetic", QualityHint = QualityHint.High };
        _fromScript = new StyleContext { Script = string.Join("\n\n", SceneDescriptions), Mood = "energetic", QualityHint = QualityHint.High };
        _promptTemplate = _manager.GetTemplate(TemplateId)!.PromptTemplate;
        Console.WriteLine($"// {_manager.GenerateStyleParameters(TemplateId, _fromScript).Scenes.Count} scenes, first prompt: {_manager.GenerateStyleParameters(TemplateId, _fromScenes).Scenes[0].Prompt}");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public string[] ReplacePromptPlaceholder()
    {
        var prompts = new string[SceneDescriptions.Length];
        for (var index = 0; index < prompts.Length; index++)
        {
            prompts[index] = _promptTemplate.Replace("{prompt}", SceneDescriptions[index], StringComparison.Ordinal);
        }

        return prompts;
    }

    [Benchmark]
    public StyleParameters GenerateFromScenes() => _manager.GenerateStyleParameters(TemplateId, _fromScenes);

    [Benchmark]
    public StyleParameters GenerateFromScript() => _manager.GenerateStyleParameters(TemplateId, _fromScript);
}
