namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Where presets are kept. The store owns <see cref="StylePreset.Version"/> (optimistic concurrency) and nothing else: it
/// does not check templates, owners or options, which <see cref="IStylePresetManager"/> does before it writes. Conflicts are
/// always a <see cref="PresetConflictException"/>. Ids are found ignoring case. Implementations are safe from any thread.
/// </summary>
/// <remarks>
/// The package registers an in-memory store by default, or a JSON-file store when <see cref="StylesOptions.PresetStorePath"/>
/// is set; register your own <see cref="IStylePresetStore"/> before <c>AddStyles</c> to keep presets elsewhere.
/// </remarks>
public interface IStylePresetStore
{
    /// <summary>Gets a preset by id, ignoring case.</summary>
    /// <param name="presetId">The preset's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The preset, or <see langword="null"/> when none has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presetId"/> is <see langword="null"/>.</exception>
    ValueTask<StylePreset?> GetAsync(string presetId, CancellationToken cancellationToken = default);

    /// <summary>Lists presets, ordered by id.</summary>
    /// <param name="owner">Only this owner's presets (compared ordinally), or <see langword="null"/> for every owner.</param>
    /// <param name="visibility">Only presets with this visibility, or <see langword="null"/> for both.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The presets.</returns>
    ValueTask<IReadOnlyList<StylePreset>> ListAsync(string? owner = null, PresetVisibility? visibility = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a new preset with <see cref="StylePreset.Version"/> 1.</summary>
    /// <param name="preset">The preset; its version is ignored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    /// <exception cref="PresetConflictException">A preset with the id (ignoring case) already exists.</exception>
    ValueTask<StylePreset> CreateAsync(StylePreset preset, CancellationToken cancellationToken = default);

    /// <summary>Replaces a preset when its stored version is <paramref name="expectedVersion"/>; the stored version becomes one more.</summary>
    /// <param name="preset">The new preset; its version is ignored.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No preset has the id.</exception>
    /// <exception cref="PresetConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    ValueTask<StylePreset> UpdateAsync(StylePreset preset, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a preset, when its stored version is <paramref name="expectedVersion"/> if one is given.</summary>
    /// <param name="presetId">The preset's id.</param>
    /// <param name="expectedVersion">The version the caller read, or <see langword="null"/> to delete whatever is stored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when a preset was deleted; <see langword="false"/> when none had the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presetId"/> is <see langword="null"/>.</exception>
    /// <exception cref="PresetConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    ValueTask<bool> DeleteAsync(string presetId, long? expectedVersion = null, CancellationToken cancellationToken = default);
}
