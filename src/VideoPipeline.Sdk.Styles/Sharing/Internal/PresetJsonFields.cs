namespace VideoPipeline.Sdk.Styles.Sharing.Internal;

/// <summary>The field names of the preset JSON schema, version 1, as written (camel case; read ordinally).</summary>
internal static class PresetJsonFields
{
    public const string SchemaVersion = "schemaVersion";
    public const string Presets = "presets";
    public const string Id = "id";
    public const string TemplateId = "templateId";
    public const string Owner = "owner";
    public const string Visibility = "visibility";
    public const string Name = "name";
    public const string Description = "description";
    public const string Tags = "tags";
    public const string Moods = "moods";
    public const string Purposes = "purposes";
    public const string Audiences = "audiences";
    public const string Platforms = "platforms";
    public const string Overrides = "overrides";
    public const string PromptSuffix = "promptSuffix";
    public const string NegativePromptAddition = "negativePromptAddition";
    public const string CameraMovement = "cameraMovement";
    public const string Lighting = "lighting";
    public const string ColorGrade = "colorGrade";
    public const string AspectRatio = "aspectRatio";
    public const string FramesPerSecond = "framesPerSecond";
    public const string ClipSeconds = "clipSeconds";
    public const string MusicMood = "musicMood";
    public const string VoiceStyle = "voiceStyle";
    public const string Version = "version";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";

    public static readonly string[] Bundle = [SchemaVersion, Presets];

    public static readonly string[] Preset =
        [SchemaVersion, Id, TemplateId, Owner, Visibility, Name, Description, Tags, Overrides, Version, CreatedAt, UpdatedAt];

    public static readonly string[] TagKinds = [Moods, Purposes, Audiences, Platforms];

    public static readonly string[] OverrideFields =
        [PromptSuffix, NegativePromptAddition, CameraMovement, Lighting, ColorGrade, AspectRatio, FramesPerSecond, ClipSeconds, MusicMood, VoiceStyle];
}
