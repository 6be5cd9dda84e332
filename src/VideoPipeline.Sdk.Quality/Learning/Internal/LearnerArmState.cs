namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// One arm in the state JSON: <c>{"contentType":"narrative","profile":"premium","positive":3.5,"negative":1.5}</c>, the
/// feedback's weighted rewards and weighted shortfalls for a content type and profile.
/// </summary>
internal sealed class LearnerArmState
{
    /// <summary>Gets the content type's name in camel case (<c>narrative</c>).</summary>
    public required string ContentType { get; init; }

    /// <summary>Gets the profile's name in camel case (<c>premium</c>).</summary>
    public required string Profile { get; init; }

    /// <summary>Gets Σ weight × reward.</summary>
    public required double Positive { get; init; }

    /// <summary>Gets Σ weight × (1 − reward).</summary>
    public required double Negative { get; init; }
}
