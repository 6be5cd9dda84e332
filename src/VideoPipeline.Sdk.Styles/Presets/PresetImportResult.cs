namespace VideoPipeline.Sdk.Styles;

/// <summary>The outcome of importing one preset, in the order the presets were given.</summary>
public sealed record PresetImportResult
{
    /// <summary>Gets the id of the preset as it was given.</summary>
    public required string PresetId { get; init; }

    /// <summary>Gets what was done.</summary>
    public required PresetImportOutcome Outcome { get; init; }

    /// <summary>Gets why the preset was skipped, or <see langword="null"/> when it was stored.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Reason { get; init; }

    /// <summary>Gets the stored preset, or <see langword="null"/> when it was skipped.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public StylePreset? Preset { get; init; }
}
