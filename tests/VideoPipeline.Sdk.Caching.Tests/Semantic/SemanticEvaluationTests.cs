using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using VideoPipeline.Sdk.Caching.Semantic.Internal;
using Xunit.Abstractions;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>
/// Measures semantic matching at the default settings on the labelled pairs of <c>TestData/SemanticPairs</c>: a pair is
/// predicted to match when the cosine similarity of the built-in lexical embeddings reaches
/// <see cref="PromptCacheOptions.DefaultSimilarityThreshold"/> and the conflict guard finds no conflict.
/// </summary>
public sealed class SemanticEvaluationTests
{
    /// <summary>The precision the issue asks for at the default settings.</summary>
    private const double PrecisionTarget = 0.99;

    /// <summary>The recall measured when the default threshold was calibrated (94.6%), less a margin of about 0.02.</summary>
    private const double RecallFloor = 0.92;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly ITestOutputHelper _output;

    public SemanticEvaluationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void DataSet_HasAtLeast300PairsWithBothLabels()
    {
        var pairs = SemanticPairSet.All;

        Assert.True(pairs.Count >= 300, $"The evaluation set has {pairs.Count} pairs; it needs at least 300.");
        Assert.Contains(pairs, pair => pair.ShouldMatch);
        Assert.Contains(pairs, pair => !pair.ShouldMatch);
        Assert.Equal(pairs.Count, pairs.Select(pair => (pair.Cached, pair.Requested)).Distinct().Count());
    }

    [Fact]
    public void DefaultSettings_ReachPrecisionTargetOnEvaluationSet()
    {
        var scored = Score(SemanticPairSet.All);
        var threshold = PromptCacheOptions.DefaultSimilarityThreshold;
        var result = Measure(scored, threshold, useGuard: true);

        _output.WriteLine(Report(scored, threshold));

        Assert.True(result.Precision >= PrecisionTarget, $"Precision {result.Precision:P2} at threshold {threshold}; the target is {PrecisionTarget:P0}.");
        Assert.True(result.Recall >= RecallFloor, $"Recall {result.Recall:P2} at threshold {threshold} fell below the floor {RecallFloor:P0}.");
    }

    private static List<ScoredPair> Score(IReadOnlyList<SemanticPair> pairs)
    {
        var embedder = new LexicalPromptEmbedder();
        return
        [
            .. pairs.Select(pair => new ScoredPair(
                pair,
                TensorPrimitives.CosineSimilarity(embedder.Embed(pair.Cached), embedder.Embed(pair.Requested)),
                PromptConflictGuard.FindConflict(pair.Cached, pair.Requested))),
        ];
    }

    private static Counts Measure(IEnumerable<ScoredPair> scored, double threshold, bool useGuard)
    {
        var counts = default(Counts);
        foreach (var pair in scored)
        {
            var predicted = pair.Predict(threshold, useGuard);
            counts = counts.Add(pair.Pair.ShouldMatch, predicted);
        }

        return counts;
    }

    private static string Report(List<ScoredPair> scored, double threshold)
    {
        var report = new StringBuilder();
        var all = Measure(scored, threshold, useGuard: true);
        report.AppendLine(Invariant, $"Default threshold {threshold}: {all}");
        report.AppendLine();
        report.AppendLine("Threshold sweep (with guard | similarity only):");
        for (var t = 0.50; t <= 0.971; t += 0.025)
        {
            report.AppendLine(Invariant, $"  {t:0.000}  {Measure(scored, t, useGuard: true)}  |  {Measure(scored, t, useGuard: false)}");
        }

        report.AppendLine();
        report.AppendLine("Per category at the default settings (hits = predicted match):");
        foreach (var group in scored.GroupBy(pair => (pair.Pair.ShouldMatch, pair.Pair.Category)).OrderBy(g => !g.Key.ShouldMatch).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var hits = group.Count(pair => pair.Predict(threshold, useGuard: true));
            var refusedByGuard = group.Count(pair => pair.Similarity >= threshold && pair.Conflict != PromptConflictKind.None);
            report.AppendLine(Invariant, $"  {(group.Key.ShouldMatch ? "match" : "nomatch"),-8} {group.Key.Category,-11} n={group.Count(),3}  hits={hits,3}  correct={(group.Key.ShouldMatch ? hits : group.Count() - hits) / (double)group.Count(),7:P1}  refused by guard above threshold={refusedByGuard,3}");
        }

        report.AppendLine();
        report.AppendLine("Errors at the default settings:");
        foreach (var pair in scored.Where(pair => pair.Predict(threshold, useGuard: true) != pair.Pair.ShouldMatch).OrderBy(pair => pair.Pair.ShouldMatch).ThenByDescending(pair => pair.Similarity))
        {
            report.AppendLine(Invariant, $"  {(pair.Pair.ShouldMatch ? "FN" : "FP")} line {pair.Pair.Line,3} {pair.Pair.Category,-11} sim={pair.Similarity:0.000} guard={pair.Conflict,-11} {pair.Pair.Cached} || {pair.Pair.Requested}");
        }

        report.AppendLine();
        report.AppendLine("Most similar nomatch pairs that the guard lets through:");
        foreach (var pair in scored.Where(pair => !pair.Pair.ShouldMatch && pair.Conflict == PromptConflictKind.None).OrderByDescending(pair => pair.Similarity).Take(12))
        {
            report.AppendLine(Invariant, $"  line {pair.Pair.Line,3} {pair.Pair.Category,-11} sim={pair.Similarity:0.000} {pair.Pair.Cached} || {pair.Pair.Requested}");
        }

        return report.ToString();
    }

    private sealed record ScoredPair(SemanticPair Pair, float Similarity, PromptConflictKind Conflict)
    {
        public bool Predict(double threshold, bool useGuard) => Similarity >= threshold && (!useGuard || Conflict == PromptConflictKind.None);
    }

    private readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

        public Counts Add(bool actual, bool predicted) => (actual, predicted) switch
        {
            (true, true) => this with { TruePositives = TruePositives + 1 },
            (false, true) => this with { FalsePositives = FalsePositives + 1 },
            (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
            _ => this with { TrueNegatives = TrueNegatives + 1 },
        };

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"precision {Precision,7:P2} recall {Recall,7:P2} (TP {TruePositives,3} FP {FalsePositives,3} FN {FalseNegatives,3} TN {TrueNegatives,3})");
    }
}
