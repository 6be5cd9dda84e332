namespace VideoPipeline.Sdk.Styles.Presets.Internal;

/// <summary>
/// The default <see cref="IStylePresetStore"/>: presets in memory, lost when the process ends. Reads take the current
/// immutable table without locking; writes build the next table and publish it under a lock with a short critical section.
/// </summary>
internal sealed class InMemoryStylePresetStore : IStylePresetStore
{
    private readonly Lock _writeLock = new();
    private volatile PresetTable _table = PresetTable.Empty;

    public ValueTask<StylePreset?> GetAsync(string presetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_table.Get(presetId));
    }

    public ValueTask<IReadOnlyList<StylePreset>> ListAsync(string? owner = null, PresetVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_table.List(owner, visibility));
    }

    public ValueTask<StylePreset> CreateAsync(StylePreset preset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            (_table, var stored) = _table.Create(preset);
            return ValueTask.FromResult(stored);
        }
    }

    public ValueTask<StylePreset> UpdateAsync(StylePreset preset, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            (_table, var stored) = _table.Update(preset, expectedVersion);
            return ValueTask.FromResult(stored);
        }
    }

    public ValueTask<bool> DeleteAsync(string presetId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            (_table, var deleted) = _table.Delete(presetId, expectedVersion);
            return ValueTask.FromResult(deleted);
        }
    }
}
