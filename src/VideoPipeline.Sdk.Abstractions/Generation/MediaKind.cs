namespace VideoPipeline.Sdk;

/// <summary>
/// The kind of media a generation request asks for.
/// </summary>
public enum MediaKind
{
    /// <summary>Text, such as a script, a scene description or a caption.</summary>
    Text = 0,

    /// <summary>A still image.</summary>
    Image = 1,

    /// <summary>A video clip.</summary>
    Video = 2,

    /// <summary>Spoken audio (narration, text to speech). The prompt is the text to speak.</summary>
    Speech = 3,

    /// <summary>Music. The prompt describes the music and may be empty when parameters describe it.</summary>
    Music = 4,
}
