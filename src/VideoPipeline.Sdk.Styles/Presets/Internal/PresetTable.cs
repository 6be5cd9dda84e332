using System.Collections.Immutable;

namespace VideoPipeline.Sdk.Styles.Presets.Internal;

/// <summary>
/// An immutable set of stored presets and the store rules (versions and conflicts). Each write returns a new table, so the
/// stores publish a table whole and readers never see a half-applied write.
/// </summary>
internal sealed class PresetTable
{
    private readonly ImmutableDictionary<string, StylePreset> _byId;

    private PresetTable(ImmutableDictionary<string, StylePreset> byId)
    {
        _byId = byId;
    }

    public static PresetTable Empty { get; } = new(ImmutableDictionary.Create<string, StylePreset>(StringComparer.OrdinalIgnoreCase));

    public IEnumerable<StylePreset> All => _byId.Values.OrderBy(preset => preset.Id, StringComparer.Ordinal);

    /// <summary>Builds a table from presets already stored (a file being loaded); a repeated id is an error.</summary>
    public static PresetTable From(IEnumerable<StylePreset> presets, string source)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, StylePreset>(StringComparer.OrdinalIgnoreCase);
        foreach (var preset in presets)
        {
            if (!builder.TryAdd(preset.Id, preset))
            {
                throw new FormatException($"{source} holds the preset '{preset.Id}' more than once.");
            }
        }

        return new PresetTable(builder.ToImmutable());
    }

    public StylePreset? Get(string presetId) => _byId.GetValueOrDefault(presetId);

    public IReadOnlyList<StylePreset> List(string? owner, PresetVisibility? visibility) =>
        [.. All.Where(preset => (owner is null || preset.Owner == owner) && (visibility is null || preset.Visibility == visibility))];

    public (PresetTable Table, StylePreset Stored) Create(StylePreset preset)
    {
        if (_byId.TryGetValue(preset.Id, out var existing))
        {
            throw new PresetConflictException($"A preset with the id '{existing.Id}' already exists (version {existing.Version}); choose another id, or update it.")
            {
                PresetId = existing.Id,
                ActualVersion = existing.Version,
            };
        }

        var stored = preset with { Version = 1 };
        return (new PresetTable(_byId.SetItem(stored.Id, stored)), stored);
    }

    public (PresetTable Table, StylePreset Stored) Update(StylePreset preset, long expectedVersion)
    {
        var existing = _byId.GetValueOrDefault(preset.Id)
            ?? throw new KeyNotFoundException($"There is no preset '{preset.Id}' to update; create it first.");
        CheckVersion(existing, expectedVersion, "updated");
        var stored = preset with { Id = existing.Id, Version = existing.Version + 1 };
        return (new PresetTable(_byId.SetItem(stored.Id, stored)), stored);
    }

    public (PresetTable Table, bool Deleted) Delete(string presetId, long? expectedVersion)
    {
        if (!_byId.TryGetValue(presetId, out var existing))
        {
            if (expectedVersion is { } expected)
            {
                throw new PresetConflictException($"The preset '{presetId}' was deleted by someone else; version {expected} is no longer stored.")
                {
                    PresetId = presetId,
                    ExpectedVersion = expected,
                };
            }

            return (this, false);
        }

        if (expectedVersion is { } version)
        {
            CheckVersion(existing, version, "deleted");
        }

        return (new PresetTable(_byId.Remove(presetId)), true);
    }

    private static void CheckVersion(StylePreset existing, long expectedVersion, string action)
    {
        if (existing.Version != expectedVersion)
        {
            throw new PresetConflictException(
                $"The preset '{existing.Id}' was not {action}: it is at version {existing.Version}, not the expected {expectedVersion}; someone else changed it first. Read it again and retry.")
            {
                PresetId = existing.Id,
                ExpectedVersion = expectedVersion,
                ActualVersion = existing.Version,
            };
        }
    }
}
