using System.Globalization;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// What a video should be, for <see cref="IStyleRecommender.GetRecommendedTemplates"/>: moods, purposes, audiences and
/// platforms (words or kebab-case tags such as <c>energetic</c>, <c>product launch</c>, <c>gen-z</c>, <c>tiktok</c>) and,
/// optionally, the script, whose keywords add cues. At least one of them must be set.
/// </summary>
/// <remarks>
/// Each term is trimmed and lower-cased, and runs of spaces or underscores become one hyphen (<c>Young Adults</c> is
/// <c>young-adults</c>).
/// </remarks>
public sealed record StyleRecommendationCriteria
{
    /// <summary>The most terms in one list: 20.</summary>
    public const int MaxTerms = 20;

    /// <summary>The longest term, in characters: 100.</summary>
    public const int MaxTermLength = 100;

    /// <summary>The longest script, in characters: 100,000.</summary>
    public const int MaxScriptLength = 100_000;

    /// <summary>The most recommendations one call returns: 100.</summary>
    public const int MaxCount = 100;

    /// <summary>Gets the moods the video should convey, such as <c>energetic</c> or <c>calm</c>.</summary>
    /// <value>The default is empty; at most 20 terms of at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is <see langword="null"/>, blank or too long, or there are too many; the message names it.</exception>
    public IReadOnlyList<string> Moods
    {
        get;
        init => field = NormalizeTerms(value, nameof(Moods));
    } = ValueList<string>.Empty;

    /// <summary>Gets what the video is for, such as <c>product-launch</c> or <c>tutorial</c>.</summary>
    /// <value>The default is empty; at most 20 terms of at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is <see langword="null"/>, blank or too long, or there are too many; the message names it.</exception>
    public IReadOnlyList<string> Purposes
    {
        get;
        init => field = NormalizeTerms(value, nameof(Purposes));
    } = ValueList<string>.Empty;

    /// <summary>Gets who the video speaks to, such as <c>business</c> or <c>children</c>.</summary>
    /// <value>The default is empty; at most 20 terms of at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is <see langword="null"/>, blank or too long, or there are too many; the message names it.</exception>
    public IReadOnlyList<string> Audiences
    {
        get;
        init => field = NormalizeTerms(value, nameof(Audiences));
    } = ValueList<string>.Empty;

    /// <summary>Gets where the video will play, such as <c>tiktok</c> or <c>linkedin</c>; platforms also prefer an aspect ratio.</summary>
    /// <value>The default is empty; at most 20 terms of at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is <see langword="null"/>, blank or too long, or there are too many; the message names it.</exception>
    public IReadOnlyList<string> Platforms
    {
        get;
        init => field = NormalizeTerms(value, nameof(Platforms));
    } = ValueList<string>.Empty;

    /// <summary>
    /// Gets the script, or <see langword="null"/>. Its words are looked up in a small table of English keyword cues
    /// (<c>investors</c> suggests the purpose <c>results</c>, <c>wildlife</c> the purpose <c>documentary</c>…); a script
    /// with none of them adds nothing.
    /// </summary>
    /// <value>The default is <see langword="null"/>; at most 100,000 characters.</value>
    /// <exception cref="ArgumentException">Set to more than 100,000 characters.</exception>
    public string? Script
    {
        get;
        init => field = value is { Length: > MaxScriptLength }
            ? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Script has {value.Length:N0} characters; it must have at most {MaxScriptLength:N0}."),
                nameof(Script))
            : value;
    }

    /// <summary>Gets the most recommendations to return.</summary>
    /// <value>The default is 5; the range is 1 to 100.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 100.</exception>
    public int Count
    {
        get;
        init => field = value is >= 1 and <= MaxCount
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Count), value, string.Create(CultureInfo.InvariantCulture, $"Count is {value}; it must be from 1 to {MaxCount}."));
    } = 5;

    /// <summary>Gets a value indicating whether no mood, purpose, audience or platform is set and the script has no text.</summary>
    public bool IsEmpty => Moods.Count == 0 && Purposes.Count == 0 && Audiences.Count == 0 && Platforms.Count == 0 && string.IsNullOrWhiteSpace(Script);

    private static ValueList<string> NormalizeTerms(IReadOnlyList<string> value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        if (value.Count > MaxTerms)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{propertyName} has {value.Count} terms; it must have at most {MaxTerms}."), propertyName);
        }

        var terms = new List<string>(value.Count);
        for (var index = 0; index < value.Count; index++)
        {
            var term = value[index];
            if (string.IsNullOrWhiteSpace(term) || term.Length > MaxTermLength)
            {
                var problem = term is null ? "null" : term.Length > MaxTermLength ? $"{term.Length} characters long" : "blank";
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{propertyName}[{index}] is {problem}; every term must be text of at most {MaxTermLength} characters."),
                    propertyName);
            }

            var normalized = Normalize(term);
            if (!terms.Contains(normalized, StringComparer.Ordinal))
            {
                terms.Add(normalized);
            }
        }

        return terms.Count == 0 ? ValueList<string>.Empty : new ValueList<string>([.. terms]);
    }

    private static string Normalize(string term)
    {
        var builder = new System.Text.StringBuilder(term.Length);
        var pendingHyphen = false;
        foreach (var character in term.Trim())
        {
            if (char.IsWhiteSpace(character) || character == '_')
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && builder.Length > 0 && builder[^1] != '-' && character != '-')
            {
                builder.Append('-');
            }

            pendingHyphen = false;
            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }
}
