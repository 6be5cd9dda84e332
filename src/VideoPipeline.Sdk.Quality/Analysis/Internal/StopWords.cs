namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>English function words, which carry grammar rather than content (for lexical density).</summary>
internal static class StopWords
{
    public static readonly string[] Words =
    [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot",
        "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "either",
        "even", "ever", "every", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how",
        "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let's",
        "may", "me", "might", "more", "most", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off",
        "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shall",
        "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the",
        "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll",
        "they're", "they've", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
        "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "where", "which",
        "while", "who", "who's", "whom", "whose", "why", "will", "with", "within", "without", "won't", "would", "wouldn't",
        "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves", "also", "still",
        "although", "though", "unless", "whether", "via", "onto", "per", "among", "across", "toward", "towards",
    ];

    /// <summary>Abbreviations whose full stop does not end a sentence: titles, and screenplay headings.</summary>
    public static readonly string[] Abbreviations =
    [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof", "sgt", "lt", "capt", "gen", "mt", "int", "ext", "approx",
    ];
}
