namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// Turns the keyword evidence of each <see cref="ContentType"/> into a type and a confidence: the evidence per 100 words
/// (at least <see cref="MinimumWords"/> words assumed) of each type, beside an <see cref="ContentType.Unknown"/> baseline
/// of <see cref="UnknownBaseline"/>, normalised with a softmax at temperature <see cref="Temperature"/>. The most probable
/// wins; two types within <see cref="TieMargin"/> of each other are a tie, reported as Unknown.
/// </summary>
internal static class ContentTypeClassifier
{
    /// <summary>The number of <see cref="ContentType"/> values, Unknown included.</summary>
    public const int TypeCount = 7;

    private const int MinimumWords = 50;
    private const double UnknownBaseline = 1.5;
    private const double Temperature = 2;
    private const double TieMargin = 0.25;

    /// <summary>Writes the probability of each type, indexed by the enum's value, into <paramref name="probabilities"/>.</summary>
    public static void Distribute(ReadOnlySpan<float> evidence, int words, Span<double> probabilities)
    {
        var scale = 100.0 / Math.Max(words, MinimumWords);
        Span<double> rates = stackalloc double[TypeCount];
        rates[(int)ContentType.Unknown] = UnknownBaseline;
        for (var type = 1; type < TypeCount; type++)
        {
            rates[type] = evidence[type] * scale;
        }

        var max = double.MinValue;
        foreach (var rate in rates)
        {
            max = Math.Max(max, rate);
        }

        var sum = 0.0;
        for (var type = 0; type < TypeCount; type++)
        {
            probabilities[type] = Math.Exp((rates[type] - max) / Temperature);
            sum += probabilities[type];
        }

        for (var type = 0; type < TypeCount; type++)
        {
            probabilities[type] /= sum;
        }
    }

    /// <summary>The most probable type and its probability; Unknown with its probability on a tie or without evidence.</summary>
    public static (ContentType Type, double Confidence) Classify(ReadOnlySpan<float> evidence, int words)
    {
        Span<double> probabilities = stackalloc double[TypeCount];
        Distribute(evidence, words, probabilities);
        var best = 0;
        var runnerUp = -1;
        for (var type = 1; type < TypeCount; type++)
        {
            if (probabilities[type] > probabilities[best])
            {
                runnerUp = best;
                best = type;
            }
            else if (runnerUp < 0 || probabilities[type] > probabilities[runnerUp])
            {
                runnerUp = type;
            }
        }

        var scale = 100.0 / Math.Max(words, MinimumWords);
        var tie = best != 0 && runnerUp > 0 && (evidence[best] - evidence[runnerUp]) * scale < TieMargin;
        return best == 0 || tie
            ? (ContentType.Unknown, probabilities[(int)ContentType.Unknown])
            : ((ContentType)best, probabilities[best]);
    }
}
