using System.Globalization;
using VideoPipeline.Sdk.Styles.Catalog.Internal;
using VideoPipeline.Sdk.Styles.Manager.Internal;
using VideoPipeline.Sdk.Styles.Parameters.Internal;
using VideoPipeline.Sdk.Styles.Sharing.Internal;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.Presets.Internal;

/// <summary>
/// The preset manager over the immutable catalog and a preset store. It holds no mutable state of its own: concurrency is the
/// store's (optimistic versions), so every method is safe from any thread.
/// </summary>
internal sealed class StylePresetManager : IStylePresetManager
{
    private const int QuotedIdLength = 100;

    private readonly StyleCatalog _catalog;
    private readonly IStylePresetStore _store;
    private readonly TimeProvider _time;
    private readonly SupportedFormats _formats;
    private readonly int _maxScenes;
    private readonly int _maxSceneLength;

    public StylePresetManager(StyleCatalog catalog, StylesOptions options, IStylePresetStore store, TimeProvider time)
    {
        _catalog = catalog;
        _store = store;
        _time = time;
        _formats = SupportedFormats.From(options);
        _maxScenes = options.MaxScenes;
        _maxSceneLength = options.MaxSceneLength;
    }

    public async ValueTask<StylePreset> CreatePresetAsync(StylePreset preset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        Validate(preset);
        var now = _time.GetUtcNow();
        return await _store.CreateAsync(preset with { Version = 0, CreatedAt = now, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<StylePreset> UpdatePresetAsync(StylePreset preset, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preset);
        Validate(preset);
        var stored = await _store.GetAsync(preset.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"There is no preset '{preset.Id}' to update; create it first.");
        RequireOwner(stored, preset.Owner, "update");

        // The store's version check makes the read and the write one step: if the preset changed in between, this fails.
        return await _store.UpdateAsync(
            preset with { CreatedAt = stored.CreatedAt, UpdatedAt = _time.GetUtcNow() },
            expectedVersion,
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> DeletePresetAsync(string presetId, string owner, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        ArgumentNullException.ThrowIfNull(owner);
        var stored = await _store.GetAsync(presetId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return false;
        }

        RequireOwner(stored, owner, "delete");
        return await _store.DeleteAsync(stored.Id, expectedVersion ?? stored.Version, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<StylePreset?> GetPresetAsync(string presetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presetId);
        return _store.GetAsync(presetId, cancellationToken);
    }

    public ValueTask<IReadOnlyList<StylePreset>> ListPresetsAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return _store.ListAsync(owner, visibility: null, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<StylePreset>> ListPublicPresetsAsync(StyleTags? tags = null, CancellationToken cancellationToken = default)
    {
        var presets = await _store.ListAsync(owner: null, PresetVisibility.Public, cancellationToken).ConfigureAwait(false);
        return tags is null ? presets : [.. presets.Where(preset => CarriesAll(preset.Tags, tags))];
    }

    public async ValueTask<IReadOnlyList<StylePreset>> SearchPublicPresetsAsync(string text, StyleTags? tags = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > SearchWords.MaxTextLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The search text has {text.Length:N0} characters; it must have at most {SearchWords.MaxTextLength:N0}."),
                nameof(text));
        }

        var terms = SearchWords.Terms(text);
        var presets = await ListPublicPresetsAsync(tags, cancellationToken).ConfigureAwait(false);
        var matches = new List<(StylePreset Preset, int Score)>();
        foreach (var preset in presets)
        {
            // A preset whose template left the catalog still matches by its own words; it has no category to match.
            var category = _catalog.Find(preset.TemplateId)?.Template.Category.ToString().ToLowerInvariant() ?? string.Empty;
            var scorer = new RelevanceScorer(preset.Name, preset.Id, preset.Description, preset.Tags, category);
            var score = scorer.Score(terms);
            if (score > 0)
            {
                matches.Add((preset, score));
            }
        }

        return [.. matches
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Preset.Id, StringComparer.Ordinal)
            .Select(match => match.Preset)];
    }

    public async ValueTask<IReadOnlyList<PresetImportResult>> ImportPresetsAsync(IEnumerable<StylePreset> presets, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presets);
        TemplateRules.RequireText(owner, StylePreset.MaxOwnerLength, nameof(owner));
        var results = new List<PresetImportResult>();
        foreach (var given in presets)
        {
            ArgumentNullException.ThrowIfNull(given, $"presets[{results.Count}]");
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ImportAsync(given with { Owner = owner }, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    public async ValueTask<StyleParameters> GenerateStyleParametersAsync(string templateOrPresetId, StyleContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templateOrPresetId);
        ArgumentNullException.ThrowIfNull(context);
        if (_catalog.Find(templateOrPresetId) is { } entry)
        {
            return StyleParameterGenerator.Generate(entry, context, _formats, _maxScenes, _maxSceneLength);
        }

        var preset = await _store.GetAsync(templateOrPresetId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException(
                $"The style catalog has no template or preset '{Quote(templateOrPresetId)}'; GetTemplates() lists the {_catalog.Templates.Count} templates it has.");
        var template = _catalog.Find(preset.TemplateId)
            ?? throw new KeyNotFoundException($"Preset '{preset.Id}' uses the template '{preset.TemplateId}', which the style catalog no longer has.");
        CheckOverrides(preset.Overrides, nameof(templateOrPresetId));
        var parameters = StyleParameterGenerator.Generate(
            PresetOverrideApplier.Apply(template, preset.Overrides), context, _formats, _maxScenes, _maxSceneLength);
        return PresetOverrideApplier.Finish(parameters, preset.Overrides);
    }

    private async ValueTask<PresetImportResult> ImportAsync(StylePreset preset, CancellationToken cancellationToken)
    {
        try
        {
            Validate(preset);
        }
        catch (ArgumentException exception) when (_catalog.Find(preset.Id) is null)
        {
            return Skipped(preset, PresetImportOutcome.SkippedInvalid, exception.Message);
        }
        catch (ArgumentException exception)
        {
            return Skipped(preset, PresetImportOutcome.SkippedConflict, exception.Message);
        }

        var stored = await _store.GetAsync(preset.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            if (stored is null)
            {
                var now = _time.GetUtcNow();
                var created = await _store.CreateAsync(preset with { CreatedAt = now, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                return new PresetImportResult { PresetId = preset.Id, Outcome = PresetImportOutcome.Imported, Preset = created };
            }

            if (stored.Owner != preset.Owner)
            {
                return Skipped(preset, PresetImportOutcome.SkippedConflict, $"Another owner has a preset with the id '{stored.Id}'; it was left as it is.");
            }

            var replaced = await _store.UpdateAsync(
                preset with { CreatedAt = stored.CreatedAt, UpdatedAt = _time.GetUtcNow() }, stored.Version, cancellationToken).ConfigureAwait(false);
            return new PresetImportResult { PresetId = preset.Id, Outcome = PresetImportOutcome.Replaced, Preset = replaced };
        }
        catch (PresetConflictException exception)
        {
            return Skipped(preset, PresetImportOutcome.SkippedConflict, exception.Message);
        }
    }

    private static PresetImportResult Skipped(StylePreset preset, PresetImportOutcome outcome, string reason) =>
        new() { PresetId = preset.Id, Outcome = outcome, Reason = reason };

    /// <summary>Checks what a preset cannot check alone: ids against the catalog, overrides against the options, and its size.</summary>
    private void Validate(StylePreset preset)
    {
        if (_catalog.Find(preset.Id) is not null)
        {
            throw new ArgumentException(
                $"Id is \"{preset.Id}\"; it must not be the id of a template: preset and template ids share one namespace, so choose another.", nameof(preset));
        }

        if (_catalog.Find(preset.TemplateId) is null)
        {
            throw new ArgumentException(
                $"TemplateId is \"{preset.TemplateId}\"; it must be the id of a template in the style catalog, which has {_catalog.Templates.Count}.", nameof(preset));
        }

        CheckOverrides(preset.Overrides, nameof(preset));
        var size = PresetJsonWriter.WritePreset(preset).Length;
        if (size > StylePreset.MaxSerializedBytes)
        {
            throw new ArgumentException(StylePresetSharing.OversizedMessage(size), nameof(preset));
        }
    }

    private void CheckOverrides(StyleOverrides overrides, string parameterName)
    {
        if (overrides.AspectRatio is { } ratio && !_formats.Supports(ratio))
        {
            throw new ArgumentException($"Overrides.AspectRatio is \"{ratio}\"; {_formats.AspectRatioProblem}.", parameterName);
        }

        if (overrides.FramesPerSecond is { } rate && !_formats.Supports(rate))
        {
            throw new ArgumentException($"Overrides.FramesPerSecond is {TemplateRules.Describe(rate)}; {_formats.FramesPerSecondProblem}.", parameterName);
        }
    }

    private static void RequireOwner(StylePreset stored, string owner, string action)
    {
        if (stored.Owner != owner)
        {
            throw new UnauthorizedAccessException($"The preset '{stored.Id}' belongs to another owner; only its owner may {action} it.");
        }
    }

    private static bool CarriesAll(StyleTags tags, StyleTags required) =>
        required.Moods.All(tag => tags.Moods.Contains(tag, StringComparer.Ordinal))
        && required.Purposes.All(tag => tags.Purposes.Contains(tag, StringComparer.Ordinal))
        && required.Audiences.All(tag => tags.Audiences.Contains(tag, StringComparer.Ordinal))
        && required.Platforms.All(tag => tags.Platforms.Contains(tag, StringComparer.Ordinal));

    private static string Quote(string id) => id.Length <= QuotedIdLength ? id : id[..QuotedIdLength] + "…";
}
