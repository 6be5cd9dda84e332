namespace VideoPipeline.Sdk.Styles;

/// <summary>What <see cref="IStylePresetManager.ImportPresetsAsync"/> did with one preset.</summary>
public enum PresetImportOutcome
{
    /// <summary>The preset was new and is stored under the importing owner.</summary>
    Imported = 0,

    /// <summary>The importing owner already had a preset with the id; it was replaced (its version went up by one).</summary>
    Replaced = 1,

    /// <summary>Another owner has a preset with the id, or a template has it; nothing was changed.</summary>
    SkippedConflict = 2,

    /// <summary>The preset does not fit this host (unknown template, unsupported override, too large); nothing was changed.</summary>
    SkippedInvalid = 3,
}
