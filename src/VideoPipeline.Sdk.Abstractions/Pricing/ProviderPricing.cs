namespace VideoPipeline.Sdk;

/// <summary>
/// The prices a provider charges, per unit of <see cref="GenerationUsage"/>. Units a provider does not bill cost zero.
/// </summary>
public sealed record ProviderPricing
{
    /// <summary>Gets pricing under which everything is free.</summary>
    public static ProviderPricing Free { get; } = new();

    /// <summary>Gets the price of one image.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money PerImage
    {
        get;
        init => field = NonNegative(value, nameof(PerImage));
    }

    /// <summary>Gets the price of one second of video.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money PerVideoSecond
    {
        get;
        init => field = NonNegative(value, nameof(PerVideoSecond));
    }

    /// <summary>Gets the price of 1,000 characters, as billed by speech models.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money PerThousandCharacters
    {
        get;
        init => field = NonNegative(value, nameof(PerThousandCharacters));
    }

    /// <summary>Gets the price of 1,000 tokens, input and output together, as billed by text models.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money PerThousandTokens
    {
        get;
        init => field = NonNegative(value, nameof(PerThousandTokens));
    }

    /// <summary>Gets the price of one music track.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money PerTrack
    {
        get;
        init => field = NonNegative(value, nameof(PerTrack));
    }

    /// <summary>Calculates the cost of a usage: the sum over every unit of its count times its price, exactly (no rounding).</summary>
    /// <param name="usage">The usage.</param>
    /// <returns>The cost.</returns>
    public Money Calculate(GenerationUsage usage) =>
        PerImage * usage.Images
        + PerVideoSecond * (decimal)usage.VideoSeconds
        + PerThousandCharacters * (usage.Characters / 1000m)
        + PerThousandTokens * (usage.Tokens / 1000m)
        + PerTrack * usage.Tracks;

    private static Money NonNegative(Money value, string propertyName) =>
        value.IsNegative ? throw new ArgumentOutOfRangeException(propertyName, value, $"{propertyName} must not be negative.") : value;
}
