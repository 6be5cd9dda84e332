namespace VideoPipeline.Sdk.Quality;

/// <summary>What kind of video a script or brief is for, as <see cref="IContentAnalyzer"/> recognises it.</summary>
public enum ContentType
{
    /// <summary>No type has clearly more evidence than the others, or the text is empty.</summary>
    Unknown,

    /// <summary>A story: characters, events, feelings, told in the past or present tense.</summary>
    Narrative,

    /// <summary>Teaching or explaining: lessons, concepts, steps, examples.</summary>
    Educational,

    /// <summary>Selling a product or an offer: benefits, prices, calls to buy.</summary>
    Marketing,

    /// <summary>A creator's post for social media: hashtags, mentions, calls to follow, like and share.</summary>
    Social,

    /// <summary>A company talking about itself: strategy, results, teams, values.</summary>
    Corporate,

    /// <summary>Reporting events: officials, statements, sources, places and dates.</summary>
    News,
}
