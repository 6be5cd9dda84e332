using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Quality;

namespace VideoPipeline.Sdk.Benchmarks.Quality;

/// <summary>
/// Analysing a 10,000-word script (generated deterministically from a seeded <see cref="Random"/> over a vocabulary of
/// prose, action, camera, visual and dialogue lines, with scene headings and paragraphs). The floor is the least any
/// analysis costs: one scan that counts words by <see cref="char.IsWhiteSpace(char)"/>. Divide the script's length by the
/// mean time for characters per second.
/// </summary>
[MemoryDiagnoser]
public class ContentAnalysisBenchmarks
{
    private ServiceProvider _services = null!;
    private IContentAnalyzer _analyzer = null!;

    private string _script = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddVideoPipeline().AddQuality().Services.BuildServiceProvider();
        _analyzer = _services.GetRequiredService<IContentAnalyzer>();
        _script = GenerateScript(words: 10_000, seed: 42);
        Console.WriteLine($"// Script: {_script.Length:N0} characters, {_analyzer.Analyze(_script).Words:N0} words");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public int CountWordsByWhiteSpace()
    {
        var words = 0;
        var inWord = false;
        foreach (var c in _script)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    [Benchmark]
    public ContentAnalysis Analyze() => _analyzer.Analyze(_script);

    internal static string GenerateScript(int words, int seed)
    {
        string[] lines =
        [
            "The camera pans across the misty harbour as fishing boats rock in the grey dawn light.",
            "Anna runs down the narrow street, her red coat bright against the rain-soaked cobblestones.",
            "\"We have to go now,\" she whispers, glancing back at the crowded market.",
            "Tom grabs the old lantern and climbs the spiral staircase of the lighthouse.",
            "In this lesson we explain why the tide rises twice a day and how the moon pulls the sea.",
            "Close up on the letter: a single line written in faded ink.",
            "CUT TO: a tracking shot of the train speeding through the snowy valley.",
            "Our team delivered strong results this quarter, and our strategy keeps growing with our partners.",
            "They wait in silence while the storm breaks over the cliffs and the waves crash below.",
            "Slow motion: glass shatters as the door bursts open and golden sunlight floods the room.",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder();
        var count = 0;
        var scene = 0;
        while (count < words)
        {
            if (count / 400 >= scene)
            {
                scene++;
                builder.Append(scene % 2 == 0 ? "EXT. " : "INT. ").Append("LOCATION ").Append(scene).Append(" - DAY\n\n");
            }

            var line = lines[random.Next(lines.Length)];
            builder.Append(line).Append(random.Next(4) == 0 ? "\n\n" : " ");
            count += line.Split(' ').Length;
        }

        return builder.ToString();
    }
}
