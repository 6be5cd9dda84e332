using VideoPipeline.Sdk.Styles.Sharing.Internal;

namespace VideoPipeline.Sdk.Styles.Presets.Internal;

/// <summary>
/// An <see cref="IStylePresetStore"/> that keeps every preset in one JSON file, in the bundle format of
/// <see cref="StylePresetSharing"/> (<c>{ "schemaVersion": 1, "presets": [ … ] }</c>). The file is read once, on first use.
/// Every write replaces the whole file atomically: the new content goes to a temporary file in the same folder, is flushed
/// to disk, and is moved over the old file; a crash at any point leaves either the old or the new file, never a partial
/// one (a stray <c>*.tmp</c> file is ignored). Writers in this process are serialized by a semaphore; readers use the last
/// published table without waiting. One process per file: processes do not coordinate.
/// </summary>
internal sealed class JsonFileStylePresetStore : IStylePresetStore, IDisposable
{
    private readonly string _path;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile PresetTable? _table;

    public JsonFileStylePresetStore(string path)
    {
        _path = Path.GetFullPath(path);
    }

    public async ValueTask<StylePreset?> GetAsync(string presetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        return (await GetTableAsync(cancellationToken).ConfigureAwait(false)).Get(presetId);
    }

    public async ValueTask<IReadOnlyList<StylePreset>> ListAsync(string? owner = null, PresetVisibility? visibility = null, CancellationToken cancellationToken = default) =>
        (await GetTableAsync(cancellationToken).ConfigureAwait(false)).List(owner, visibility);

    public ValueTask<StylePreset> CreateAsync(StylePreset preset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return WriteAsync(table => table.Create(preset), cancellationToken);
    }

    public ValueTask<StylePreset> UpdateAsync(StylePreset preset, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return WriteAsync(table => table.Update(preset, expectedVersion), cancellationToken);
    }

    public ValueTask<bool> DeleteAsync(string presetId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        return WriteAsync(table => table.Delete(presetId, expectedVersion), cancellationToken);
    }

    public void Dispose() => _writeGate.Dispose();

    private async ValueTask<PresetTable> GetTableAsync(CancellationToken cancellationToken)
    {
        if (_table is { } table)
        {
            return table;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _table ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async ValueTask<T> WriteAsync<T>(Func<PresetTable, (PresetTable Table, T Value)> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _table ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
            var (next, value) = write(current);
            if (!ReferenceEquals(next, current))
            {
                await SaveAsync(next, cancellationToken).ConfigureAwait(false);
                _table = next;
            }

            return value;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<PresetTable> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return PresetTable.Empty;
        }

        var json = await File.ReadAllTextAsync(_path, cancellationToken).ConfigureAwait(false);
        var source = $"The preset store file {_path}";
        return PresetTable.From(PresetJsonReader.ReadBundle(json, source), source);
    }

    private async Task SaveAsync(PresetTable table, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 16 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(PresetJsonWriter.WriteBundle(table.All, indented: true), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
