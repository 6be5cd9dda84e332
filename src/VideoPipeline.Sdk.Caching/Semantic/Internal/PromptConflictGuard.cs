namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Refuses semantic matches that an embedding cannot be trusted with. Two prompts that differ only in "three" and "two",
/// "with" and "without", "red" and "blue", "left" and "right" or "Paris" and "Rome" embed almost identically, yet ask for
/// different results: these wrong hits are the main complaint about semantic caches. The guard reads each prompt's numbers,
/// negations, colours, directions, named entities, genders and opposite attributes with fixed word lists and reports the
/// first kind in which the prompts differ. It is deliberately strict: a refusal costs one generation, a wrong hit returns
/// the wrong video.
/// </summary>
/// <remarks>
/// Time of day and season count as directions (a position in time: sunrise and sunset are opposite ends of the day), so
/// "at dawn" and "at dusk", or "in winter" and "in summer", conflict. Stateless and thread-safe; it allocates, but runs only
/// for a candidate that already passed the similarity threshold.
/// </remarks>
internal static class PromptConflictGuard
{
    /// <summary>Finds the first kind of conflict between a cached prompt and a requested one.</summary>
    /// <param name="cachedPrompt">The prompt of the cached entry.</param>
    /// <param name="requestedPrompt">The prompt of the request.</param>
    /// <returns>
    /// The first conflict found, in the order number, negation, colour, direction, named entity, gender, attribute; or
    /// <see cref="PromptConflictKind.None"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">A prompt is <see langword="null"/>.</exception>
    public static PromptConflictKind FindConflict(string cachedPrompt, string requestedPrompt)
    {
        ArgumentNullException.ThrowIfNull(cachedPrompt);
        ArgumentNullException.ThrowIfNull(requestedPrompt);
        if (string.Equals(cachedPrompt, requestedPrompt, StringComparison.Ordinal))
        {
            return PromptConflictKind.None;
        }

        var cached = PromptFacts.Extract(cachedPrompt);
        var requested = PromptFacts.Extract(requestedPrompt);
        if (!SameMultiset(cached.Numbers, requested.Numbers) || PluralityDiffers(cached, requested))
        {
            return PromptConflictKind.Number;
        }

        if (!SameMultiset(cached.Negations, requested.Negations))
        {
            return PromptConflictKind.Negation;
        }

        if (!cached.Colours.SetEquals(requested.Colours))
        {
            return PromptConflictKind.Colour;
        }

        if (DirectionsDiffer(cached, requested))
        {
            return PromptConflictKind.Direction;
        }

        if (EntitiesDiffer(cached, requested))
        {
            return PromptConflictKind.NamedEntity;
        }

        if (!cached.Genders.SetEquals(requested.Genders)
            || (cached.GenderNouns.Count > 0 && requested.GenderNouns.Count > 0 && !cached.GenderNouns.SetEquals(requested.GenderNouns)))
        {
            return PromptConflictKind.Gender;
        }

        return AttributesDiffer(cached, requested) ? PromptConflictKind.Attribute : PromptConflictKind.None;
    }

    private static bool SameMultiset(List<string> first, List<string> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        if (first.Count == 0)
        {
            return true;
        }

        first.Sort(StringComparer.Ordinal);
        second.Sort(StringComparer.Ordinal);
        return first.SequenceEqual(second, StringComparer.Ordinal);
    }

    // "a dog" against "dogs": one prompt has the noun only explicitly singular, the other only plural.
    private static bool PluralityDiffers(PromptFacts first, PromptFacts second)
    {
        foreach (var (noun, form) in first.Plurality)
        {
            if (second.Plurality.TryGetValue(noun, out var other) && (OnlySingular(form) && OnlyPlural(other) || OnlyPlural(form) && OnlySingular(other)))
            {
                return true;
            }
        }

        return false;

        static bool OnlySingular(int form) => (form & PromptFacts.ExplicitSingular) != 0 && (form & PromptFacts.PluralForm) == 0;

        static bool OnlyPlural(int form) => form == PromptFacts.PluralForm;
    }

    private static bool DirectionsDiffer(PromptFacts first, PromptFacts second)
    {
        if (first.Directions.Count != second.Directions.Count || first.Directions.Keys.Any(key => !second.Directions.ContainsKey(key)))
        {
            return true;
        }

        // Both name left and right: "from left to right" is not "from right to left".
        foreach (var (a, b) in ConflictVocabulary.OppositeDirections)
        {
            if (first.Directions.TryGetValue(a, out var firstA) && first.Directions.TryGetValue(b, out var firstB)
                && second.Directions.TryGetValue(a, out var secondA) && second.Directions.TryGetValue(b, out var secondB)
                && (firstA < firstB) != (secondA < secondB))
            {
                return true;
            }
        }

        return false;
    }

    // A name counts when either prompt shows it as a name; the other must then contain the word too, in any case, so that
    // "Tokyo at night" (capitalized only because it opens the prompt) still matches "night view of Tokyo".
    private static bool EntitiesDiffer(PromptFacts first, PromptFacts second)
    {
        foreach (var candidate in first.EntityCandidates.Concat(second.EntityCandidates))
        {
            if (first.Words.Contains(candidate) != second.Words.Contains(candidate))
            {
                return true;
            }
        }

        return !SameMultiset(first.Quotes, second.Quotes);
    }

    private static bool AttributesDiffer(PromptFacts first, PromptFacts second)
    {
        foreach (var (kind, values) in first.Attributes)
        {
            if (second.Attributes.TryGetValue(kind, out var other) && !values.SetEquals(other))
            {
                return true;
            }
        }

        return false;
    }
}
