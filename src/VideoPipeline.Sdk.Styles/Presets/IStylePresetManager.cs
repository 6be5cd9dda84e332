namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Users' presets over the host's template catalog: create, update and delete them (checked against the catalog, the host's
/// options and the owner), list and search them, import shared ones, and generate parameters from a template or a preset id.
/// Registered as a singleton by <c>AddStyles</c>; safe to use from any thread. A separate interface from
/// <see cref="IStyleTemplateManager"/>, so that implementations of that interface keep compiling and a host that only reads
/// templates needs no store.
/// </summary>
/// <remarks>
/// Validation errors are an <see cref="ArgumentException"/> (parameter <c>preset</c>) whose message starts with the field, such
/// as <c>TemplateId is "nope"; …</c>. Writes use optimistic concurrency: a write that expects a version that is no longer
/// stored fails with <see cref="PresetConflictException"/>. Owners are compared ordinally. A private preset is left out of
/// public listings and searches, but whoever knows its id can read it and generate from it.
/// </remarks>
public interface IStylePresetManager
{
    /// <summary>
    /// Creates a preset. Its <see cref="StylePreset.Version"/> becomes 1 and <see cref="StylePreset.CreatedAt"/> and
    /// <see cref="StylePreset.UpdatedAt"/> the current time; the values given for them are ignored.
    /// </summary>
    /// <param name="preset">The preset, owned by <see cref="StylePreset.Owner"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is a template's, the template is not in the catalog, an override's aspect
    /// ratio or frame rate is not supported, or the preset is more than <see cref="StylePreset.MaxSerializedBytes"/> as JSON;
    /// the message names the field.</exception>
    /// <exception cref="PresetConflictException">A preset with the id exists.</exception>
    ValueTask<StylePreset> CreatePresetAsync(StylePreset preset, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a preset when its stored version is <paramref name="expectedVersion"/>: only its owner
    /// (<see cref="StylePreset.Owner"/> of <paramref name="preset"/>) may. The version goes up by one, <see cref="StylePreset.UpdatedAt"/>
    /// becomes the current time, and <see cref="StylePreset.CreatedAt"/> is kept.
    /// </summary>
    /// <param name="preset">The new values, with the id of the preset to replace.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As for <see cref="CreatePresetAsync"/>.</exception>
    /// <exception cref="KeyNotFoundException">No preset has the id.</exception>
    /// <exception cref="UnauthorizedAccessException">The preset belongs to another owner.</exception>
    /// <exception cref="PresetConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    ValueTask<StylePreset> UpdatePresetAsync(StylePreset preset, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a preset: only its owner may.</summary>
    /// <param name="presetId">The preset's id, ignoring case.</param>
    /// <param name="owner">Who asks.</param>
    /// <param name="expectedVersion">The version the caller read, or <see langword="null"/> for the version the owner check
    /// read (so a change between the check and the delete is still a conflict).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the preset was deleted; <see langword="false"/> when none had the id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The preset belongs to another owner.</exception>
    /// <exception cref="PresetConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    ValueTask<bool> DeletePresetAsync(string presetId, string owner, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a preset by id, ignoring case.</summary>
    /// <param name="presetId">The preset's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The preset, or <see langword="null"/> when none has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presetId"/> is <see langword="null"/>.</exception>
    ValueTask<StylePreset?> GetPresetAsync(string presetId, CancellationToken cancellationToken = default);

    /// <summary>Lists one owner's presets, private and public, ordered by id.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The presets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is <see langword="null"/>.</exception>
    ValueTask<IReadOnlyList<StylePreset>> ListPresetsAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Lists the public presets of every owner that carry every tag of <paramref name="tags"/>, ordered by id.</summary>
    /// <param name="tags">The tags a preset must all carry, each in its own kind, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The presets.</returns>
    ValueTask<IReadOnlyList<StylePreset>> ListPublicPresetsAsync(StyleTags? tags = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches the public presets by words, with the relevance rules of <see cref="IStyleTemplateManager.Search"/> applied to
    /// the preset's name, id, tags and description, and its template's category.
    /// </summary>
    /// <param name="text">The words; at most 1,000 characters.</param>
    /// <param name="tags">The tags a preset must all carry, or <see langword="null"/> for any.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The matching presets, best first, then by id; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, white space or longer than 1,000 characters.</exception>
    ValueTask<IReadOnlyList<StylePreset>> SearchPublicPresetsAsync(string text, StyleTags? tags = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores presets read by <see cref="StylePresetSharing"/> under <paramref name="owner"/>: each becomes that owner's. A new
    /// id is created; an id the owner already has is replaced; an id another owner has, or a template's id, is skipped and
    /// nothing of the other owner's changes; a preset that does not fit this host is skipped with the reason.
    /// </summary>
    /// <param name="presets">The presets.</param>
    /// <param name="owner">Who imports them.</param>
    /// <param name="cancellationToken">Cancels the import between presets.</param>
    /// <returns>One result per preset, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the presets, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is empty or longer than 200 characters.</exception>
    ValueTask<IReadOnlyList<PresetImportResult>> ImportPresetsAsync(IEnumerable<StylePreset> presets, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates parameters like <see cref="IStyleTemplateManager.GenerateStyleParameters"/>, from a template id or a preset
    /// id. For a preset, its template with its overrides applied: the movement, lighting, grade, aspect ratio, frame rate,
    /// clip length, music and voice replace the template's; the prompt suffix is appended to every scene's prompt and the
    /// negative-prompt addition to every negative prompt, as literal text. <see cref="StyleParameters.TemplateId"/> is the
    /// template's id.
    /// </summary>
    /// <param name="templateOrPresetId">A template's or a preset's id, ignoring case.</param>
    /// <param name="context">The scenes or script, the mood and the quality hint.</param>
    /// <param name="cancellationToken">Cancels the preset lookup.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No template or preset has the id, or the preset's template is no longer in the
    /// catalog; the message names them.</exception>
    /// <exception cref="ArgumentException">The context is not usable (see <see cref="IStyleTemplateManager.GenerateStyleParameters"/>),
    /// or the preset's overrides are no longer supported by the options.</exception>
    ValueTask<StyleParameters> GenerateStyleParametersAsync(string templateOrPresetId, StyleContext context, CancellationToken cancellationToken = default);
}
