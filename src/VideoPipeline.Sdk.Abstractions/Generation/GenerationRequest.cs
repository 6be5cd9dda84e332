using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using VideoPipeline.Sdk.Generation.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// An immutable request to a generation provider: which provider and model, which kind of media, the prompt,
/// typed parameters and free-form parameters.
/// </summary>
/// <remarks>
/// <para>
/// A request has one canonical form: prompts are stored in Unicode normalization form C, an empty negative prompt is
/// the same as none, and free-form parameters are kept in ordinal order of their names whatever order they were given
/// in. <see cref="ComputeKey"/> derives a stable key from that form, so equal requests built in any order get the same
/// key and a change to any field gives a different one. Equality compares the same canonical form.
/// </para>
/// <para>
/// Every property is validated when it is set, also in a <see langword="with"/> expression; an invalid value throws an
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is the property name.
/// </para>
/// </remarks>
public sealed record GenerationRequest
{
    private static readonly ImmutableSortedDictionary<string, string> EmptyParameters =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal, StringComparer.Ordinal);

    private static readonly string[] ReservedParameterNames =
    [
        "provider", "model", "kind", "prompt", "negative_prompt", "negativeprompt", "width", "height", "size",
        "duration", "fps", "framespersecond", "frame_rate", "seed", "voice", "max_tokens", "maxoutputtokens",
    ];

    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationRequest"/> class.
    /// </summary>
    /// <param name="provider">The registered name of the provider, for example <c>synthetic</c>.</param>
    /// <param name="model">The provider's model identifier.</param>
    /// <param name="kind">The kind of media to generate.</param>
    /// <param name="prompt">The prompt. Required (not empty or white space) for every kind except <see cref="MediaKind.Music"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or the prompt is empty for a kind that needs one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="MediaKind"/>.</exception>
    public GenerationRequest(string provider, string model, MediaKind kind, string prompt)
    {
        Provider = provider;
        Model = model;
        Kind = kind;
        Prompt = prompt;
    }

    /// <summary>Gets the registered name of the provider that serves the request.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space name.</exception>
    public string Provider
    {
        get;
        init => field = RequireText(value, nameof(Provider));
    }

    /// <summary>Gets the provider's model identifier. A new model version is a new identifier, and so a new key.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space identifier.</exception>
    public string Model
    {
        get;
        init => field = RequireText(value, nameof(Model));
    }

    /// <summary>Gets the kind of media to generate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="MediaKind"/>.</exception>
    /// <exception cref="ArgumentException">Set to a kind that needs a prompt while the prompt is empty.</exception>
    public MediaKind Kind
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(Kind), value, "Kind must be one of Text, Image, Video, Speech or Music.");
            }

            if (Prompt is not null && RequiresPrompt(value) && string.IsNullOrWhiteSpace(Prompt))
            {
                throw new ArgumentException($"A {value} request needs a prompt; Prompt is empty.", nameof(Kind));
            }

            field = value;
        }
    }

    /// <summary>
    /// Gets the prompt, in Unicode normalization form C. For <see cref="MediaKind.Speech"/> it is the text to speak.
    /// It is empty only for <see cref="MediaKind.Music"/> requests described by parameters alone.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to an empty or white-space prompt for a kind that needs one.</exception>
    public string Prompt
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Prompt));
            if (RequiresPrompt(Kind) && string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"A {Kind} request needs a prompt; Prompt is empty.", nameof(Prompt));
            }

            field = Normalize(value, nameof(Prompt));
        }
    }

    /// <summary>Gets what the output must not contain, in Unicode normalization form C; <see langword="null"/> when there is none.</summary>
    /// <value>The default is <see langword="null"/>. An empty string is stored as <see langword="null"/>.</value>
    public string? NegativePrompt
    {
        get;
        init => field = string.IsNullOrEmpty(value) ? null : Normalize(value, nameof(NegativePrompt));
    }

    /// <summary>Gets the width in pixels of an image or video; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public int? Width
    {
        get;
        init => field = RequirePositive(value, nameof(Width));
    }

    /// <summary>Gets the height in pixels of an image or video; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public int? Height
    {
        get;
        init => field = RequirePositive(value, nameof(Height));
    }

    /// <summary>Gets the duration of a video, speech or music output; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative duration.</exception>
    public TimeSpan? Duration
    {
        get;
        init
        {
            if (value is { } duration && duration <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(Duration), duration, "Duration must be positive.");
            }

            field = value;
        }
    }

    /// <summary>Gets the frame rate of a video; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not finite or not in (0, 1000].</exception>
    public double? FramesPerSecond
    {
        get;
        init
        {
            if (value is { } fps && (!double.IsFinite(fps) || fps <= 0 || fps > 1000))
            {
                throw new ArgumentOutOfRangeException(nameof(FramesPerSecond), fps, "FramesPerSecond must be a finite value in (0, 1000].");
            }

            field = value;
        }
    }

    /// <summary>Gets the random seed; <see langword="null"/> when the provider may choose one.</summary>
    public long? Seed { get; init; }

    /// <summary>Gets the voice of a speech output; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space voice.</exception>
    public string? Voice
    {
        get;
        init => field = value is null ? null : RequireText(value, nameof(Voice));
    }

    /// <summary>Gets the largest number of tokens a text output may have; <see langword="null"/> for the provider's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public int? MaxOutputTokens
    {
        get;
        init => field = RequirePositive(value, nameof(MaxOutputTokens));
    }

    /// <summary>
    /// Gets the free-form parameters (style, guidance, aspect ratio…), enumerated in ordinal order of their names.
    /// Values are invariant-culture strings; use <see cref="WithParameter(string, string)"/> and its overloads to format numbers
    /// and booleans canonically.
    /// </summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>, or a value in it is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty, or names a typed property (such as <c>seed</c> or <c>width</c>).</exception>
    public IReadOnlyDictionary<string, string> Parameters
    {
        get => field ?? EmptyParameters;
        init => field = ToCanonicalParameters(value);
    }

    /// <summary>Returns a copy of this request with a parameter set to a text value.</summary>
    /// <param name="name">The parameter name (case-sensitive).</param>
    /// <param name="value">The value.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or names a typed property.</exception>
    public GenerationRequest WithParameter(string name, string value)
    {
        ValidateParameter(name, value);
        return this with { Parameters = CanonicalParameters.SetItem(name, value) };
    }

    /// <summary>Returns a copy of this request with a parameter set to an integer, formatted in the invariant culture.</summary>
    /// <param name="name">The parameter name (case-sensitive).</param>
    /// <param name="value">The value.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or names a typed property.</exception>
    public GenerationRequest WithParameter(string name, long value) =>
        WithParameter(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Returns a copy of this request with a parameter set to a number, formatted in the invariant culture with the
    /// shortest round-trippable form, so <c>7.5</c> and <c>7.50</c> give the same request.
    /// </summary>
    /// <param name="name">The parameter name (case-sensitive).</param>
    /// <param name="value">The value; must be finite.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or names a typed property.</exception>
    public GenerationRequest WithParameter(string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Parameter '{name}' must be a finite number.");
        }

        return WithParameter(name, value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Returns a copy of this request with a parameter set to <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The parameter name (case-sensitive).</param>
    /// <param name="value">The value.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or names a typed property.</exception>
    public GenerationRequest WithParameter(string name, bool value) => WithParameter(name, value ? "true" : "false");

    /// <summary>Returns a copy of this request without the named parameter.</summary>
    /// <param name="name">The parameter name (case-sensitive).</param>
    /// <returns>The new request, or this one when it has no such parameter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public GenerationRequest WithoutParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Parameters.ContainsKey(name) ? this with { Parameters = CanonicalParameters.Remove(name) } : this;
    }

    /// <summary>
    /// Computes the stable key of this request: the SHA-256 of its canonical form. It is the same in every process and
    /// version of the SDK that writes canonical form 1, so it may be stored.
    /// </summary>
    /// <returns>The key.</returns>
    public GenerationRequestKey ComputeKey() => CanonicalRequestWriter.ComputeKey(this, includePrompt: true);

    /// <summary>
    /// Computes the key of everything in this request except its prompt: requests that differ only in their prompt share
    /// it. A semantic cache compares prompts only between requests with the same context key.
    /// </summary>
    /// <returns>The context key.</returns>
    public GenerationRequestKey ComputeContextKey() => CanonicalRequestWriter.ComputeKey(this, includePrompt: false);

    /// <summary>
    /// Writes the canonical form of this request (the bytes that <see cref="ComputeKey"/> hashes) to a buffer, for callers
    /// that hash it with another function, such as a fast in-process hash.
    /// </summary>
    /// <param name="destination">The buffer to write to.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public int WriteCanonicalForm(System.Buffers.IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return CanonicalRequestWriter.Write(this, includePrompt: true, destination);
    }

    /// <summary>Returns whether this request and another have the same canonical form.</summary>
    /// <param name="other">The other request.</param>
    /// <returns><see langword="true"/> when every field and parameter is equal.</returns>
    public bool Equals(GenerationRequest? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Kind == other.Kind
            && string.Equals(Provider, other.Provider, StringComparison.Ordinal)
            && string.Equals(Model, other.Model, StringComparison.Ordinal)
            && string.Equals(Prompt, other.Prompt, StringComparison.Ordinal)
            && string.Equals(NegativePrompt, other.NegativePrompt, StringComparison.Ordinal)
            && Width == other.Width
            && Height == other.Height
            && Duration == other.Duration
            && Nullable.Equals(FramesPerSecond, other.FramesPerSecond)
            && Seed == other.Seed
            && string.Equals(Voice, other.Voice, StringComparison.Ordinal)
            && MaxOutputTokens == other.MaxOutputTokens
            && ParametersEqual(CanonicalParameters, other.CanonicalParameters);
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Provider, StringComparer.Ordinal);
        hash.Add(Model, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Prompt, StringComparer.Ordinal);
        hash.Add(Width);
        hash.Add(Height);
        hash.Add(Duration);
        hash.Add(Seed);
        hash.Add(Parameters.Count);
        return hash.ToHashCode();
    }

    /// <summary>Returns a short description for logs and debugging, without the prompt (prompts are user content).</summary>
    /// <returns>The provider, model, kind and key.</returns>
    public override string ToString() =>
        $"{Kind} request to {Provider}/{Model} (key {ComputeKey()})";

    internal ImmutableSortedDictionary<string, string> CanonicalParameters => (ImmutableSortedDictionary<string, string>)Parameters;

    private static bool RequiresPrompt(MediaKind kind) => kind != MediaKind.Music;

    // Walks both sorted dictionaries with their struct enumerators: LINQ's SequenceEqual would box them on every comparison.
    private static bool ParametersEqual(ImmutableSortedDictionary<string, string> left, ImmutableSortedDictionary<string, string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        using var leftItems = left.GetEnumerator();
        using var rightItems = right.GetEnumerator();
        while (leftItems.MoveNext() && rightItems.MoveNext())
        {
            if (!string.Equals(leftItems.Current.Key, rightItems.Current.Key, StringComparison.Ordinal)
                || !string.Equals(leftItems.Current.Value, rightItems.Current.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string RequireText(string? value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{propertyName} must not be empty or white space.", propertyName);
        }

        RequireWellFormed(value, propertyName);
        return value;
    }

    private static int? RequirePositive(int? value, string propertyName)
    {
        if (value is { } number && number <= 0)
        {
            throw new ArgumentOutOfRangeException(propertyName, number, $"{propertyName} must be positive.");
        }

        return value;
    }

    private static string Normalize(string value, string propertyName)
    {
        RequireWellFormed(value, propertyName);
        return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Rejects unpaired surrogates, which have no UTF-8 form and so no canonical form.</summary>
    private static void RequireWellFormed(string value, string propertyName)
    {
        var span = value.AsSpan();
        if (!span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw new ArgumentException($"{propertyName} contains an unpaired UTF-16 surrogate.", propertyName);
            }

            span = span[consumed..];
        }
    }

    private static ImmutableSortedDictionary<string, string> ToCanonicalParameters(IReadOnlyDictionary<string, string>? parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters, nameof(Parameters));
        if (parameters is ImmutableSortedDictionary<string, string> sorted && sorted.KeyComparer == StringComparer.Ordinal
            && sorted.ValueComparer == StringComparer.Ordinal)
        {
            foreach (var (name, value) in sorted)
            {
                ValidateParameter(name, value);
            }

            return sorted;
        }

        var builder = EmptyParameters.ToBuilder();
        foreach (var (name, value) in parameters)
        {
            ValidateParameter(name, value);
            builder[name] = value;
        }

        return builder.ToImmutable();
    }

    private static void ValidateParameter(string name, string value, string propertyName = nameof(Parameters))
    {
        ArgumentNullException.ThrowIfNull(name, propertyName);
        if (name.Length == 0)
        {
            throw new ArgumentException("A parameter name must not be empty.", propertyName);
        }

        if (value is null)
        {
            throw new ArgumentNullException(propertyName, $"Parameter '{name}' has a null value.");
        }

        RequireWellFormed(name, propertyName);
        RequireWellFormed(value, propertyName);

        foreach (var reserved in ReservedParameterNames)
        {
            if (string.Equals(reserved, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"Parameter '{name}' duplicates a typed property of GenerationRequest; set the property instead, so that equal requests get equal keys.",
                    propertyName);
            }
        }
    }
}
