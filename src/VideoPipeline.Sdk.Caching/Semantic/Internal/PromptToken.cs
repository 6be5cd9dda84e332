namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>A word of a prompt: a run of letters and digits, found by <see cref="PromptTokenizer"/>.</summary>
/// <param name="Start">The index of the first character in the prompt.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="IsSentenceStart">Whether the word opens the prompt or follows <c>. ! ? : ;</c> or a line break.</param>
/// <param name="IsSegmentStart">
/// Whether the word opens a phrase: it opens a sentence or follows a comma, a bracket, a quote or a dash between spaces.
/// </param>
/// <param name="IsHyphenated">Whether the word is joined to the previous one by a hyphen, as in <c>close-up</c>.</param>
internal readonly record struct PromptToken(int Start, int Length, bool IsSentenceStart, bool IsSegmentStart, bool IsHyphenated);
