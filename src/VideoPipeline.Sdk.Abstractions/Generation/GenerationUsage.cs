namespace VideoPipeline.Sdk;

/// <summary>
/// What a generation consumed, in the units providers bill: images, seconds of video, characters, tokens and tracks.
/// <see cref="ProviderPricing.Calculate(GenerationUsage)"/> turns usage into a cost.
/// </summary>
public readonly record struct GenerationUsage
{
    /// <summary>Gets the number of images generated.</summary>
    /// <value>The default is 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int Images
    {
        get;
        init => field = NonNegative(value, nameof(Images));
    }

    /// <summary>Gets the seconds of video generated.</summary>
    /// <value>The default is 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative or non-finite value.</exception>
    public double VideoSeconds
    {
        get;
        init => field = double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(VideoSeconds), value, "VideoSeconds must be a finite, non-negative number.");
    }

    /// <summary>Gets the characters of text processed, for example the text spoken by a speech model.</summary>
    /// <value>The default is 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public long Characters
    {
        get;
        init => field = NonNegative(value, nameof(Characters));
    }

    /// <summary>Gets the tokens processed, input and output together.</summary>
    /// <value>The default is 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public long Tokens
    {
        get;
        init => field = NonNegative(value, nameof(Tokens));
    }

    /// <summary>Gets the number of music tracks generated.</summary>
    /// <value>The default is 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int Tracks
    {
        get;
        init => field = NonNegative(value, nameof(Tracks));
    }

    private static T NonNegative<T>(T value, string propertyName)
        where T : System.Numerics.INumber<T> =>
        T.IsNegative(value) ? throw new ArgumentOutOfRangeException(propertyName, value, $"{propertyName} must not be negative.") : value;
}
