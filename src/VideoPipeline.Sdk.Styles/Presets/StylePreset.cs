using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// A user's saved look: a template plus overrides, with an owner, a visibility, a name, a description and tags. Presets are
/// kept in an <see cref="IStylePresetStore"/> and managed through <see cref="IStylePresetManager"/>, which checks them against
/// the catalog and the host's options; <see cref="StylePresetSharing"/> exports them as JSON and share codes.
/// </summary>
/// <remarks>
/// Every property is checked when it is set. Preset ids and template ids share one namespace: a preset may not take the id of
/// a template. A preset is at most <see cref="MaxSerializedBytes"/> as JSON, checked when it is created, updated, imported or
/// encoded. Two presets with the same values are equal, lists included. Names, descriptions and override text are kept as
/// text: never interpreted, and inserted nowhere but the prompt (suffix) and negative prompt.
/// </remarks>
public sealed record StylePreset
{
    /// <summary>The preset schema version this package reads and writes: 1.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The longest <see cref="Name"/>: 100 characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest <see cref="Description"/>: 1,000 characters.</summary>
    public const int MaxDescriptionLength = 1_000;

    /// <summary>The longest <see cref="Owner"/>: 200 characters.</summary>
    public const int MaxOwnerLength = 200;

    /// <summary>The largest preset as compact UTF-8 JSON (the share-code form): 16 KiB.</summary>
    public const int MaxSerializedBytes = 16 * 1024;

    /// <summary>Gets the preset's id: lower-case kebab case, such as <c>my-launch-look</c>, and not the id of a template.</summary>
    /// <value>Letters a-z and digits joined by single hyphens; at most 64 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a value that is not lower-case kebab case, or too long.</exception>
    public required string Id
    {
        get;
        init => field = TemplateRules.RequireId(value, nameof(Id));
    }

    /// <summary>Gets the id of the template the preset starts from.</summary>
    /// <value>A template id; it must be in the catalog when the preset is saved or used.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a value that is not a template id.</exception>
    public required string TemplateId
    {
        get;
        init => field = TemplateRules.RequireId(value, nameof(TemplateId));
    }

    /// <summary>Gets who owns the preset (the host's user or tenant id, compared ordinally); only the owner changes or deletes it.</summary>
    /// <value>Not empty; at most 200 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 200 characters.</exception>
    public required string Owner
    {
        get;
        init => field = TemplateRules.RequireText(value, MaxOwnerLength, nameof(Owner));
    }

    /// <summary>Gets who can find the preset.</summary>
    /// <value>The default is <see cref="PresetVisibility.Private"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="PresetVisibility"/>.</exception>
    public PresetVisibility Visibility
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Visibility), value, "Visibility must be a defined PresetVisibility.");
    } = PresetVisibility.Private;

    /// <summary>Gets the display name. It is text only: never interpreted.</summary>
    /// <value>Not empty; at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 100 characters.</exception>
    public required string Name
    {
        get;
        init => field = TemplateRules.RequireText(value, MaxNameLength, nameof(Name));
    }

    /// <summary>Gets what the preset is for, for people choosing one and for search.</summary>
    /// <value>The default is empty; at most 1,000 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to more than 1,000 characters.</exception>
    public string Description
    {
        get;
        init => field = TemplateRules.RequireOptionalText(value, MaxDescriptionLength, nameof(Description));
    } = string.Empty;

    /// <summary>Gets the moods, purposes, audiences and platforms the preset suits, for search and filters.</summary>
    /// <value>The default is no tags.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public StyleTags Tags
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Tags));
            field = value;
        }
    } = new();

    /// <summary>Gets what the preset changes in its template.</summary>
    /// <value>The default is no overrides: the template as it is.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public StyleOverrides Overrides
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Overrides));
            field = value;
        }
    } = new();

    /// <summary>
    /// Gets the stored version, for optimistic concurrency: the store sets 1 on create and adds 1 on every update; an update
    /// or delete that expects another version fails with <see cref="PresetConflictException"/>. 0 means not stored yet.
    /// </summary>
    /// <value>The default is 0; never negative.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public long Version
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Version));
            field = value;
        }
    }

    /// <summary>Gets when the preset was created, from the manager's <see cref="TimeProvider"/>.</summary>
    /// <value>The default is <see cref="DateTimeOffset.MinValue"/> (not created yet).</value>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the preset was last created or updated, from the manager's <see cref="TimeProvider"/>.</summary>
    /// <value>The default is <see cref="DateTimeOffset.MinValue"/> (not created yet).</value>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets the version of the preset schema the preset was written in.</summary>
    /// <value>The default is <see cref="CurrentSchemaVersion"/>, the only version this package reads.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to another version.</exception>
    public int SchemaVersion
    {
        get;
        init => field = value == CurrentSchemaVersion
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SchemaVersion), value, $"SchemaVersion is {value}; it must be {CurrentSchemaVersion}, the schema version this package reads.");
    } = CurrentSchemaVersion;
}
