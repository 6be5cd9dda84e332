using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// The price function of a <see cref="GenerationRoute"/>: an amount per <see cref="PriceUnit"/>, optionally different per
/// output resolution, plus a surcharge per unit when a video route also generates its audio track.
/// </summary>
/// <remarks>
/// Prices are exact decimals in US dollars and are never rounded. The catalog's built-in prices are examples captured on
/// the route's <see cref="GenerationRoute.CapturedOn"/> date; replace them with the prices of your own contracts.
/// </remarks>
public sealed record RoutePrice
{
    private static readonly FrozenDictionary<int, Money> NoResolutionAmounts = FrozenDictionary<int, Money>.Empty;

    /// <summary>Gets the unit the price is quoted in.</summary>
    /// <value>The default is <see cref="PriceUnit.Second"/>.</value>
    public PriceUnit Unit { get; init; }

    /// <summary>Gets the price of one unit at every resolution not listed in <see cref="ResolutionAmounts"/>.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money Amount
    {
        get;
        init => field = NonNegative(value, nameof(Amount));
    }

    /// <summary>
    /// Gets the price of one unit at particular output resolutions, keyed by the vertical resolution in pixels
    /// (<c>1080</c> for 1080p), for routes that charge more for larger output.
    /// </summary>
    /// <value>The default is empty: <see cref="Amount"/> at every resolution.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key is not positive or a price is negative.</exception>
    public IReadOnlyDictionary<int, Money> ResolutionAmounts
    {
        get => field ?? NoResolutionAmounts;
        init => field = ToResolutionAmounts(value, nameof(ResolutionAmounts));
    }

    /// <summary>Gets the extra price of one unit when the route generates audio together with the video.</summary>
    /// <value>The default is zero.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative price.</exception>
    public Money AudioSurcharge
    {
        get;
        init => field = NonNegative(value, nameof(AudioSurcharge));
    }

    /// <summary>Gets the price of one unit at a resolution, with or without generated audio.</summary>
    /// <param name="resolution">The vertical output resolution in pixels, or <see langword="null"/> for the base price.</param>
    /// <param name="withAudio">Whether the route generates audio with the video.</param>
    /// <returns>The price of one unit.</returns>
    public Money GetUnitPrice(int? resolution, bool withAudio)
    {
        var amount = resolution is { } height && ResolutionAmounts.TryGetValue(height, out var atResolution) ? atResolution : Amount;
        return withAudio ? amount + AudioSurcharge : amount;
    }

    /// <summary>
    /// Calculates the cost of a usage: the usage's count of <see cref="Unit"/> (thousands for characters and tokens) times
    /// <see cref="GetUnitPrice"/>. Units other than <see cref="Unit"/> are not billed.
    /// </summary>
    /// <param name="usage">What the generation consumed.</param>
    /// <param name="resolution">The vertical output resolution in pixels, or <see langword="null"/> for the base price.</param>
    /// <param name="withAudio">Whether the route generated audio with the video.</param>
    /// <returns>The exact cost.</returns>
    public Money Calculate(GenerationUsage usage, int? resolution = null, bool withAudio = false) =>
        GetUnitPrice(resolution, withAudio) * GetQuantity(usage, Unit);

    /// <summary>
    /// Returns the same price as a <see cref="ProviderPricing"/> for one resolution and audio choice, so that a provider
    /// (such as the synthetic provider in tests) bills exactly what this price says.
    /// </summary>
    /// <param name="resolution">The vertical output resolution in pixels, or <see langword="null"/> for the base price.</param>
    /// <param name="withAudio">Whether the route generates audio with the video.</param>
    /// <returns>A pricing that bills only <see cref="Unit"/>.</returns>
    public ProviderPricing ToProviderPricing(int? resolution = null, bool withAudio = false)
    {
        var price = GetUnitPrice(resolution, withAudio);
        return Unit switch
        {
            PriceUnit.Second => new ProviderPricing { PerVideoSecond = price },
            PriceUnit.Image => new ProviderPricing { PerImage = price },
            PriceUnit.ThousandCharacters => new ProviderPricing { PerThousandCharacters = price },
            PriceUnit.Track => new ProviderPricing { PerTrack = price },
            _ => new ProviderPricing { PerThousandTokens = price },
        };
    }

    /// <summary>Returns whether this price and <paramref name="other"/> are equal: same unit, amount, surcharge and amount per
    /// resolution.</summary>
    /// <param name="other">The other price.</param>
    /// <returns><see langword="true"/> when the prices are equal.</returns>
    public bool Equals(RoutePrice? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Unit == other.Unit
            && Amount == other.Amount
            && AudioSurcharge == other.AudioSurcharge
            && ResolutionAmounts.Count == other.ResolutionAmounts.Count
            && ResolutionAmounts.All(pair => other.ResolutionAmounts.TryGetValue(pair.Key, out var amount) && amount == pair.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Amount, AudioSurcharge, ResolutionAmounts.Count);

    internal static decimal GetQuantity(GenerationUsage usage, PriceUnit unit) => unit switch
    {
        PriceUnit.Second => (decimal)usage.VideoSeconds,
        PriceUnit.Image => usage.Images,
        PriceUnit.ThousandCharacters => usage.Characters / 1000m,
        PriceUnit.Track => usage.Tracks,
        _ => usage.Tokens / 1000m,
    };

    private static FrozenDictionary<int, Money> ToResolutionAmounts(IReadOnlyDictionary<int, Money> value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        foreach (var (resolution, amount) in value)
        {
            if (resolution <= 0)
            {
                throw new ArgumentOutOfRangeException(propertyName, resolution, "A resolution must be a positive number of pixels.");
            }

            NonNegative(amount, $"{propertyName}[{resolution}]");
        }

        return value.ToFrozenDictionary();
    }

    private static Money NonNegative(Money value, string propertyName) =>
        value.IsNegative ? throw new ArgumentOutOfRangeException(propertyName, value, $"{propertyName} must not be negative.") : value;
}
