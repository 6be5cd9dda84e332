namespace VideoPipeline.Sdk.Styles.Templates.Internal;

/// <summary>A piece of a parsed prompt template: literal text (a range of the template) or a placeholder.</summary>
/// <param name="Start">Where the literal text starts in the template.</param>
/// <param name="Length">The length of the literal text.</param>
/// <param name="Placeholder">The placeholder, or <see langword="null"/> for literal text.</param>
internal readonly record struct PromptSegment(int Start, int Length, PromptPlaceholder? Placeholder);
