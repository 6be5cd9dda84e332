namespace VideoPipeline.Sdk.Styles.Templates.Internal;

/// <summary>
/// A prompt template split once into literal text and placeholders. Rendering writes the literal text and each placeholder's
/// value side by side in one pass over the segments: the values (the user's scene text among them) are copied, never scanned,
/// so braces or placeholder names inside them stay literal text.
/// </summary>
internal sealed class CompiledPrompt
{
    /// <summary>The number of placeholders, the length of the values array <see cref="Render"/> takes.</summary>
    public const int PlaceholderCount = 6;

    private static readonly string[] Names = ["prompt", "shot", "movement", "lens", "lighting", "grade"];

    private readonly string _template;
    private readonly PromptSegment[] _segments;

    private CompiledPrompt(string template, PromptSegment[] segments)
    {
        _template = template;
        _segments = segments;
    }

    /// <summary>The placeholders, as written in templates, for messages.</summary>
    public static string PlaceholderList { get; } = string.Join(", ", Names.Select(name => "{" + name + "}"));

    /// <summary>Parses a template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="problem">When the template is not valid, the rule it breaks (see <see cref="TemplateRules"/>).</param>
    /// <returns>The compiled template, or <see langword="null"/> when it is not valid.</returns>
    public static CompiledPrompt? TryParse(string template, out string? problem)
    {
        var segments = new List<PromptSegment>();
        var seen = new bool[PlaceholderCount];
        var literalStart = 0;
        var index = 0;
        while (index < template.Length)
        {
            var c = template[index];
            if (c == '}')
            {
                problem = $"it must use braces only around a placeholder ({PlaceholderList}); the '}}' at position {index} closes none";
                return null;
            }

            if (c != '{')
            {
                index++;
                continue;
            }

            var close = template.IndexOfAny(['{', '}'], index + 1);
            if (close < 0 || template[close] == '{')
            {
                problem = $"it must use braces only around a placeholder ({PlaceholderList}); the '{{' at position {index} is not closed";
                return null;
            }

            var name = template.AsSpan(index + 1, close - index - 1);
            var placeholder = IndexOf(name);
            if (placeholder < 0)
            {
                problem = $"it must use only the placeholders {PlaceholderList}; {{{name}}} is not one of them";
                return null;
            }

            if (seen[placeholder])
            {
                problem = $"it must contain each placeholder at most once, and {{prompt}} exactly once; {{{name}}} appears more than once";
                return null;
            }

            seen[placeholder] = true;
            if (index > literalStart)
            {
                segments.Add(new PromptSegment(literalStart, index - literalStart, null));
            }

            segments.Add(new PromptSegment(0, 0, (PromptPlaceholder)placeholder));
            index = close + 1;
            literalStart = index;
        }

        if (!seen[(int)PromptPlaceholder.Prompt])
        {
            problem = "it must contain {prompt} exactly once, where the scene's description goes; it contains none";
            return null;
        }

        if (template.Length > literalStart)
        {
            segments.Add(new PromptSegment(literalStart, template.Length - literalStart, null));
        }

        problem = null;
        return new CompiledPrompt(template, [.. segments]);
    }

    private static int IndexOf(ReadOnlySpan<char> name)
    {
        for (var index = 0; index < Names.Length; index++)
        {
            if (name.SequenceEqual(Names[index]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Renders the template.</summary>
    /// <param name="values">The value of each placeholder, indexed by <see cref="PromptPlaceholder"/>.</param>
    /// <returns>The prompt.</returns>
    public string Render(string[] values)
    {
        var length = 0;
        foreach (var segment in _segments)
        {
            length += segment.Placeholder is { } placeholder ? values[(int)placeholder].Length : segment.Length;
        }

        return string.Create(length, (this, values), static (destination, state) =>
        {
            var (prompt, values) = state;
            foreach (var segment in prompt._segments)
            {
                var text = segment.Placeholder is { } placeholder
                    ? values[(int)placeholder].AsSpan()
                    : prompt._template.AsSpan(segment.Start, segment.Length);
                text.CopyTo(destination);
                destination = destination[text.Length..];
            }
        });
    }
}
