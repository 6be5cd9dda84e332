namespace VideoPipeline.Sdk.Styles;

/// <summary>Who can find a <see cref="StylePreset"/>. In JSON a visibility is written in lower case, such as <c>public</c>.</summary>
public enum PresetVisibility
{
    /// <summary>Only its owner lists it; it is not in public listings or searches.</summary>
    Private = 0,

    /// <summary>Everyone can list and search it; only its owner can change or delete it.</summary>
    Public = 1,
}
