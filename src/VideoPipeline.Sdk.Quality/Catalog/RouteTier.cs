namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// The capability class of a <see cref="GenerationRoute"/> within its media kind. Quality profiles ask for a tier per
/// media kind, never for a model, so that a catalog update changes the model behind a profile without changing code.
/// </summary>
public enum RouteTier
{
    /// <summary>Fast, cheap "lite" or "turbo" models: drafts, previews and static shots.</summary>
    Lite = 0,

    /// <summary>The everyday tier of a provider.</summary>
    Standard = 1,

    /// <summary>Higher fidelity than standard: better motion, detail and prompt adherence, at a higher price.</summary>
    Pro = 2,

    /// <summary>A provider's best model, at its highest resolutions.</summary>
    Flagship = 3,
}
