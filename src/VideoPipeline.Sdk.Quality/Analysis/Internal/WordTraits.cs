namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>What the lexicons know about a word.</summary>
[Flags]
internal enum WordTraits
{
    None = 0,

    /// <summary>A function word (article, pronoun, auxiliary, preposition, conjunction): not a content word.</summary>
    Stop = 1,

    /// <summary>An action verb in any of its forms.</summary>
    Action = 2,

    /// <summary>Camera or editing language on its own (<c>pan</c>, <c>close-up</c>).</summary>
    Camera = 4,

    /// <summary>A visual noun, adjective, colour or light term.</summary>
    Visual = 8,

    /// <summary>The second word of a two-word camera term (<c>shot</c> in <c>tracking shot</c>).</summary>
    CameraPhraseEnd = 16,

    /// <summary>A title or heading abbreviation whose full stop does not end a sentence (<c>Dr.</c>, <c>INT.</c>).</summary>
    Abbreviation = 32,
}
