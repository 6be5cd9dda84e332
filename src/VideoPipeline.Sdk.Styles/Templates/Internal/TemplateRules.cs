using System.Buffers;
using System.Globalization;

namespace VideoPipeline.Sdk.Styles.Templates.Internal;

/// <summary>
/// The rules every template field follows, shared by the model's init accessors (which throw) and the catalog reader (which
/// reports the template, the field and the JSON path). Each check returns <see langword="null"/> when the value is valid,
/// else the rule it breaks, phrased to follow "<c>&lt;field&gt; is &lt;value&gt;; </c>".
/// </summary>
internal static class TemplateRules
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxPromptLength = 2_000;
    public const int MaxPhraseLength = 300;
    public const int MaxTagLength = 40;
    public const int MaxTagsPerKind = 20;
    public const int MaxChoices = 12;
    public const double MinFramesPerSecond = 1;
    public const double MaxFramesPerSecond = 240;

    private const int QuotedValueLength = 80;

    public static readonly TimeSpan MinClipDuration = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxClipDuration = TimeSpan.FromSeconds(60);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static string? CheckId(string value) =>
        value.Length <= MaxIdLength && IsKebab(value)
            ? null
            : $"it must be lower-case kebab case (letters a-z and digits, joined by single hyphens) of at most {MaxIdLength} characters, such as modern-commercial";

    public static string? CheckText(string value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? "it must not be empty"
        : value.Length > maxLength ? $"it must be at most {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters long; it has {value.Length.ToString("N0", CultureInfo.InvariantCulture)}"
        : null;

    public static string? CheckOptionalText(string value, int maxLength) =>
        value.Length > maxLength ? $"it must be at most {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters long; it has {value.Length.ToString("N0", CultureInfo.InvariantCulture)}" : null;

    /// <summary>Checks a tag after it is lower-cased: tags are stored in lower case.</summary>
    public static string? CheckTag(string value) =>
        value.Length <= MaxTagLength && IsKebab(value.ToLowerInvariant())
            ? null
            : $"it must be a kebab-case tag (letters and digits joined by single hyphens) of at most {MaxTagLength} characters, such as young-adults";

    public static string? CheckColor(string value)
    {
        var valid = value.Length == 7 && value[0] == '#' && !value.AsSpan(1).ContainsAnyExcept(HexDigits);
        return valid ? null : "it must be a hex colour #RRGGBB, such as #1F6F8B";
    }

    public static string? CheckFramesPerSecond(double value) =>
        double.IsFinite(value) && value is >= MinFramesPerSecond and <= MaxFramesPerSecond
            ? null
            : $"it must be between {MinFramesPerSecond} and {MaxFramesPerSecond} frames per second";

    public static string? CheckClipDuration(TimeSpan value) => CheckClipSeconds(value.TotalSeconds);

    public static string? CheckClipSeconds(double seconds) =>
        seconds >= MinClipDuration.TotalSeconds && seconds <= MaxClipDuration.TotalSeconds
            ? null
            : $"it must be between {MinClipDuration.TotalSeconds} and {MaxClipDuration.TotalSeconds} seconds";

    public static string? CheckSchemaVersion(int value) =>
        value == StyleTemplate.CurrentSchemaVersion ? null : $"it must be {StyleTemplate.CurrentSchemaVersion}, the schema version this package reads";

    public static string? CheckCount(int count, int min, int max) =>
        count >= min && count <= max ? null
        : min == max ? $"it must have {min} item(s)"
        : $"it must have between {min} and {max} items";

    /// <summary>Formats a value for a message: strings quoted and cut to a readable length, numbers in the invariant culture.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "missing",
        string text when text.Length > QuotedValueLength => $"\"{text[..QuotedValueLength]}…\"",
        string text => $"\"{text}\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string RequireId(string value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        return Require(value, CheckId(value), propertyName);
    }

    public static string RequireText(string value, int maxLength, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        return Require(value, CheckText(value, maxLength), propertyName);
    }

    public static string RequireOptionalText(string value, int maxLength, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        return Require(value, CheckOptionalText(value, maxLength), propertyName);
    }

    public static T Require<T>(T value, string? problem, string propertyName) =>
        problem is null ? value : throw new ArgumentException($"{propertyName} is {Describe(value)}; {problem}.", propertyName);

    public static ValueList<string> RequirePhrases(IReadOnlyList<string> value, int minCount, int maxCount, int maxLength, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        RequireCount(value.Count, minCount, maxCount, propertyName);
        var items = new string[value.Count];
        for (var index = 0; index < items.Length; index++)
        {
            var item = value[index] ?? throw new ArgumentException($"{propertyName}[{index}] is null.", propertyName);
            items[index] = Require(item, CheckText(item, maxLength), $"{propertyName}[{index}]");
        }

        return new ValueList<string>(items);
    }

    /// <summary>Validates tags, stores them in lower case and drops repeats, keeping the first occurrence's position.</summary>
    public static ValueList<string> RequireTags(IReadOnlyList<string> value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        RequireCount(value.Count, 0, MaxTagsPerKind, propertyName);
        var items = new List<string>(value.Count);
        for (var index = 0; index < value.Count; index++)
        {
            var item = value[index] ?? throw new ArgumentException($"{propertyName}[{index}] is null.", propertyName);
            var tag = Require(item, CheckTag(item), $"{propertyName}[{index}]").ToLowerInvariant();
            if (!items.Contains(tag, StringComparer.Ordinal))
            {
                items.Add(tag);
            }
        }

        return items.Count == 0 ? ValueList<string>.Empty : new ValueList<string>([.. items]);
    }

    public static ValueList<T> RequireItems<T>(IReadOnlyList<T> value, int minCount, int maxCount, string propertyName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        RequireCount(value.Count, minCount, maxCount, propertyName);
        var items = new T[value.Count];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = value[index] ?? throw new ArgumentException($"{propertyName}[{index}] is null.", propertyName);
        }

        return new ValueList<T>(items);
    }

    private static void RequireCount(int count, int minCount, int maxCount, string propertyName)
    {
        if (CheckCount(count, minCount, maxCount) is { } problem)
        {
            throw new ArgumentException($"{propertyName} has {count} item(s); {problem}.", propertyName);
        }
    }

    private static bool IsKebab(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var index = 0; index < value.Length; index++)
        {
            var c = value[index];
            var valid = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && value[index - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }
}
