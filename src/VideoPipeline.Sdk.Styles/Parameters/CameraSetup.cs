using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>The camera of one scene: the shot chosen for it, and the movement and lens the whole video shares.</summary>
public sealed record CameraSetup
{
    /// <summary>Gets the shot, such as <c>medium close-up</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Shot
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Shot));
    }

    /// <summary>Gets the camera movement, such as <c>slow push-in on the subject</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Movement
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Movement));
    }

    /// <summary>Gets the lens, such as <c>anamorphic 40mm lens</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Lens
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Lens));
    }
}
