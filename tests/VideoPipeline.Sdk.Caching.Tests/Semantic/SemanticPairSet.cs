namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>Loads <c>TestData/SemanticPairs/semantic-pairs.tsv</c>, the labelled prompt pairs described in its README.</summary>
internal static class SemanticPairSet
{
    public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "TestData", "SemanticPairs", "semantic-pairs.tsv");

    private static readonly Lazy<IReadOnlyList<SemanticPair>> Pairs = new(Load);

    public static IReadOnlyList<SemanticPair> All => Pairs.Value;

    private static IReadOnlyList<SemanticPair> Load()
    {
        var lines = File.ReadAllLines(FilePath);
        if (lines.Length == 0 || lines[0] != "label\tcategory\tcached\trequested")
        {
            throw new InvalidDataException($"{FilePath} must start with the header 'label<TAB>category<TAB>cached<TAB>requested'.");
        }

        var pairs = new List<SemanticPair>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 4 || fields[0] is not ("match" or "nomatch") || fields.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"{FilePath}:{i + 1}: expected 'match' or 'nomatch' and three non-empty fields, got '{lines[i]}'.");
            }

            pairs.Add(new SemanticPair(i + 1, fields[0] == "match", fields[1], fields[2], fields[3]));
        }

        return pairs;
    }
}
