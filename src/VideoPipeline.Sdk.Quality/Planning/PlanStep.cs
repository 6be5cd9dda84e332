namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// One step of a <see cref="ProductionPlan"/>: a number of equal calls to one route, such as the keyframes, the clips or
/// the narration of a scene, or the music of the whole video, with the settings every call asks for and what every call
/// consumes in the units the route bills.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Steps are made by the planner; see <see cref="ProductionPlan"/>.</remarks>
public sealed class PlanStep
{
    internal PlanStep(string name, int? sceneIndex, MediaKind kind, GenerationRoute route, int calls, GenerationUsage usagePerCall)
    {
        Name = name;
        SceneIndex = sceneIndex;
        Kind = kind;
        Route = route;
        Calls = calls;
        UsagePerCall = usagePerCall;
        TotalUsage = new GenerationUsage
        {
            Images = usagePerCall.Images * calls,
            VideoSeconds = usagePerCall.VideoSeconds * calls,
            Characters = usagePerCall.Characters * calls,
            Tokens = usagePerCall.Tokens * calls,
            Tracks = usagePerCall.Tracks * calls,
        };
    }

    /// <summary>Gets the name of the step: <c>scene 2 keyframes</c>, <c>scene 2 clips</c>, <c>scene 2 narration</c> (scenes
    /// are numbered from 1 in names) or <c>music</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the index (from 0) of the scene the step belongs to, or <see langword="null"/> for a step of the whole
    /// video (the music).</summary>
    public int? SceneIndex { get; }

    /// <summary>Gets the kind of media the step generates.</summary>
    public MediaKind Kind { get; }

    /// <summary>Gets the route every call of the step goes to.</summary>
    public GenerationRoute Route { get; }

    /// <summary>Gets the number of calls, all equal but for their prompts. At least 1.</summary>
    public int Calls { get; }

    /// <summary>Gets the output width in pixels of images and clips: 16:9 of <see cref="Height"/>, rounded to an even number;
    /// <see langword="null"/> for speech and music.</summary>
    public int? Width { get; internal init; }

    /// <summary>Gets the output height in pixels of images and clips: the resolution chosen from the route's
    /// (<see cref="Resolution"/>) rounded to an even number; <see langword="null"/> for speech and music.</summary>
    public int? Height { get; internal init; }

    /// <summary>Gets the resolution chosen from the route's <see cref="GenerationRoute.Resolutions"/>, the key of its
    /// resolution prices; <see langword="null"/> for speech and music.</summary>
    public int? Resolution { get; internal init; }

    /// <summary>Gets the frame rate chosen from the route's <see cref="GenerationRoute.FramesPerSecond"/>; <see langword="null"/>
    /// for kinds other than video.</summary>
    public double? FramesPerSecond { get; internal init; }

    /// <summary>Gets the length every call asks for: the clip length chosen from the route's
    /// <see cref="GenerationRoute.ClipDurations"/> for video, the track length for music; <see langword="null"/> for images
    /// and speech (speech lasts as long as its text).</summary>
    public TimeSpan? Duration { get; internal init; }

    /// <summary>Gets a value indicating whether the video route generates sound with the clips, billed with its
    /// <see cref="RoutePrice.AudioSurcharge"/>.</summary>
    public bool WithAudio { get; internal init; }

    /// <summary>Gets the sample rate in hertz asked of speech and music; <see langword="null"/> for other kinds.</summary>
    public int? SampleRate { get; internal init; }

    /// <summary>Gets what one call consumes in billing units: one image, the clip's seconds, the narrated text's characters
    /// (white space included) or one track.</summary>
    public GenerationUsage UsagePerCall { get; }

    /// <summary>Gets what all calls of the step consume together: <see cref="UsagePerCall"/> times <see cref="Calls"/>.</summary>
    public GenerationUsage TotalUsage { get; }

    /// <summary>
    /// Creates the request of one call of this step: provider and model from <see cref="Route"/>, the step's kind, the
    /// prompt, and the step's width, height, duration and frame rate where set; an <c>audio</c> parameter of
    /// <c>true</c> when <see cref="WithAudio"/>, and a <c>sample_rate</c> parameter for speech and music.
    /// </summary>
    /// <param name="prompt">The prompt of the call; for speech, the text to speak, which the route bills per character.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> is empty or white space for a kind other than music.</exception>
    public GenerationRequest CreateRequest(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var request = new GenerationRequest(Route.Provider, Route.Model, Kind, prompt)
        {
            Width = Width,
            Height = Height,
            Duration = Duration,
            FramesPerSecond = FramesPerSecond,
        };

        if (WithAudio)
        {
            request = request.WithParameter("audio", true);
        }

        return SampleRate is { } sampleRate ? request.WithParameter("sample_rate", sampleRate) : request;
    }

    /// <summary>Returns the step's name, route and calls, for logs and test output.</summary>
    /// <returns>For example <c>scene 2 clips: 4 × example-video-pro</c>.</returns>
    public override string ToString() => $"{Name}: {Calls} × {Route.Id}";
}
