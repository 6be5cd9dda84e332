using System.Collections.Immutable;
using CsCheck;

namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

/// <summary>Every field of a <see cref="GenerationRequest"/> as plain data, with a generator and single-field mutations.</summary>
internal sealed record RequestSpec(
    string Provider,
    string Model,
    MediaKind Kind,
    string Prompt,
    string? NegativePrompt,
    int? Width,
    int? Height,
    long? DurationTicks,
    double? FramesPerSecond,
    long? Seed,
    string? Voice,
    int? MaxOutputTokens,
    ImmutableArray<KeyValuePair<string, string>> Parameters)
{
    public const int FieldCount = 14;

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12];

    // Whole code points (an emoji is two UTF-16 chars), including a decomposed accent that normalization composes.
    private static readonly Gen<string> Text = Gen.OneOf("a", "b", "z", " ", "\u00c5", "e\u0301", "\u00df", "\u6f22", "\U0001F600", ",", "!")
        .Array[1, 40]
        .Select(string.Concat)
        .Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<ImmutableArray<KeyValuePair<string, string>>> ParameterSet =
        Gen.Select(Word, Word).Array[0, 6].Select(pairs => pairs
            .Select(p => KeyValuePair.Create("p_" + p.Item1, p.Item2))
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .ToImmutableArray());

    public static Gen<RequestSpec> Generator { get; } =
        from provider in Word
        from model in Word
        from kind in Gen.Enum<MediaKind>()
        from prompt in Text
        from negative in Text.Null(0.5)
        from width in Gen.Int[1, 8192].Nullable(0.5)
        from height in Gen.Int[1, 8192].Nullable(0.5)
        from durationTicks in Gen.Long[1, TimeSpan.TicksPerHour].Nullable(0.5)
        from fps in Gen.Double[0.5, 500].Nullable(0.5)
        from seed in Gen.Long.Nullable(0.5)
        from voice in Word.Null(0.5)
        from maxTokens in Gen.Int[1, 100_000].Nullable(0.5)
        from parameters in ParameterSet
        select new RequestSpec(provider, model, kind, prompt, negative, width, height, durationTicks, fps, seed, voice, maxTokens, parameters);

    /// <summary>Builds the request with properties and parameters set in the given parameter order.</summary>
    public GenerationRequest Build(IEnumerable<KeyValuePair<string, string>>? parameterOrder = null) =>
        new GenerationRequest(Provider, Model, Kind, Prompt)
        {
            NegativePrompt = NegativePrompt,
            Width = Width,
            Height = Height,
            Duration = DurationTicks is { } ticks ? TimeSpan.FromTicks(ticks) : null,
            FramesPerSecond = FramesPerSecond,
            Seed = Seed,
            Voice = Voice,
            MaxOutputTokens = MaxOutputTokens,
            Parameters = (parameterOrder ?? Parameters).ToDictionary(StringComparer.Ordinal),
        };

    /// <summary>Returns a spec that differs from this one in exactly one field.</summary>
    public RequestSpec Mutate(int field) => field switch
    {
        0 => this with { Provider = Provider + "x" },
        1 => this with { Model = Model + "x" },
        2 => this with { Kind = (MediaKind)(((int)Kind + 1) % 5) },
        3 => this with { Prompt = Prompt + "x" },
        4 => this with { NegativePrompt = NegativePrompt is null ? "n" : NegativePrompt + "x" },
        5 => this with { Width = Width is { } w ? w + 1 : 1 },
        6 => this with { Height = Height is { } h ? h + 1 : 1 },
        7 => this with { DurationTicks = DurationTicks is { } t ? t + 1 : 1 },
        8 => this with { FramesPerSecond = FramesPerSecond is { } f ? f + 0.001 : 24 },
        9 => this with { Seed = Seed is { } s ? s ^ 1 : 0 },
        10 => this with { Voice = Voice is null ? "v" : Voice + "x" },
        11 => this with { MaxOutputTokens = MaxOutputTokens is { } m ? m + 1 : 1 },
        12 => this with { Parameters = Parameters.Add(KeyValuePair.Create("q_added", "1")) },
        13 => Parameters.IsEmpty
            ? this with { Parameters = [KeyValuePair.Create("p_only", "v")] }
            : this with { Parameters = Parameters.SetItem(0, KeyValuePair.Create(Parameters[0].Key, Parameters[0].Value + "x")) },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
