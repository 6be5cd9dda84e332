namespace VideoPipeline.Sdk.Quality;

/// <summary>The unit a <see cref="RoutePrice"/> is quoted in, which is the unit of <see cref="GenerationUsage"/> it bills.</summary>
public enum PriceUnit
{
    /// <summary>Per second of generated video (<see cref="GenerationUsage.VideoSeconds"/>).</summary>
    Second = 0,

    /// <summary>Per generated image (<see cref="GenerationUsage.Images"/>).</summary>
    Image = 1,

    /// <summary>Per 1,000 characters of text spoken or processed (<see cref="GenerationUsage.Characters"/>).</summary>
    ThousandCharacters = 2,

    /// <summary>Per generated music track (<see cref="GenerationUsage.Tracks"/>).</summary>
    Track = 3,

    /// <summary>Per 1,000 tokens, input and output together (<see cref="GenerationUsage.Tokens"/>).</summary>
    ThousandTokens = 4,
}
