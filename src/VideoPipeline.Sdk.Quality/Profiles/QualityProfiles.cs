using VideoPipeline.Sdk.Quality.Profiles.Internal;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// The effective quality profiles of the host: the built-in profiles (<see cref="QualityProfile.GetDefault(QualityLevel)"/>)
/// with the overrides of <see cref="QualityOptions.Profiles"/> applied. Registered by <c>AddQuality</c> as a singleton;
/// resolve it from the service provider.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class QualityProfiles
{
    private readonly QualityProfile[] _byLevel;

    internal QualityProfiles(QualityOptions options)
    {
        _byLevel = [.. Enum.GetValues<QualityLevel>().Order().Select(level => QualityProfile.GetDefault(level))];
        foreach (var (key, overrides) in options.Profiles)
        {
            if (ProfileRules.TryParseLevel(key, out var level) && overrides is not null)
            {
                _byLevel[(int)level] = overrides.ApplyTo(_byLevel[(int)level]);
            }
        }
    }

    /// <summary>Gets the effective profile of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="QualityLevel"/>.</exception>
    public QualityProfile Get(QualityLevel level) =>
        Enum.IsDefined(level)
            ? _byLevel[(int)level]
            : throw new ArgumentOutOfRangeException(nameof(level), level, $"QualityLevel {level} is not defined; it must be {ProfileRules.LevelRange}.");
}
