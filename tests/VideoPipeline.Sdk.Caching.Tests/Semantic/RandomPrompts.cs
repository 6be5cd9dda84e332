using System.Text;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>Random prompts built from words and characters that exercise the tokenizer, the number reader and the guard.</summary>
internal static class RandomPrompts
{
    private const string Characters = "aAbZ09 .,:;'\u2019\"\u201C\u201D\u00AB\u00BB-\u2013\u2014!?()\n\t\u0301\u00E9\u00DF\u65E5\u672C\uD83D\uDE00";

    private static readonly string[] Words =
    [
        "twenty", "five", "hundred", "and", "second", "first", "no", "not", "free", "of", "sugar", "-", "zoom", "in", "up", "close",
        "sun", "rising", "counter", "clockwise", "A", "The", "NASA", "iPhone", "\"", "\u201C", "1,000", "2.5", "16:9", "4k", "1st",
        "99999999999999999999999999999999999", "million", "dozen", "a", "dogs", "dog", "men", "isn't", "'", "red", "grey", "left",
    ];

    public static IEnumerable<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var prompt = new StringBuilder();
            var parts = random.Next(0, 30);
            for (var part = 0; part < parts; part++)
            {
                if (random.Next(2) == 0)
                {
                    prompt.Append(Characters[random.Next(Characters.Length)]);
                }
                else
                {
                    prompt.Append(Words[random.Next(Words.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
                }
            }

            yield return prompt.ToString();
        }
    }
}
