namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Thrown by an <see cref="IStylePresetStore"/> (and <see cref="IStylePresetManager"/>) when a write does not match the stored
/// state: a preset with the id already exists on create, or the stored version is not the expected one on update or delete
/// (someone else changed or deleted it first). Read the preset again and retry with its <see cref="StylePreset.Version"/>.
/// </summary>
public sealed class PresetConflictException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PresetConflictException"/> class.</summary>
    public PresetConflictException()
        : base("The preset was changed by someone else.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PresetConflictException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PresetConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PresetConflictException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PresetConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the id of the preset.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? PresetId { get; init; }

    /// <summary>Gets the version the caller expected, or <see langword="null"/> on create (none expected).</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public long? ExpectedVersion { get; init; }

    /// <summary>Gets the stored version, or <see langword="null"/> when the preset is no longer stored.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public long? ActualVersion { get; init; }
}
