using System.Globalization;
using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// The learner's arms: one per content type and profile, numbered <c>contentType × ProfileCount + profile</c>, and their
/// names in the state JSON (the enum names in camel case: <c>narrative</c>, <c>premium</c>).
/// </summary>
internal static class LearnerArms
{
    private static readonly string[] ContentTypeNames = NamesOf<ContentType>();
    private static readonly string[] ProfileNames = NamesOf<QualityLevel>();

    /// <summary>Gets the number of content types; their values are 0 to this number minus 1.</summary>
    public static int ContentTypeCount { get; } = ContentTypeNames.Length;

    /// <summary>Gets the number of profiles; their values are 0 to this number minus 1.</summary>
    public static int ProfileCount { get; } = ProfileNames.Length;

    /// <summary>Gets the number of arms.</summary>
    public static int Count => ContentTypeCount * ProfileCount;

    /// <summary>Gets the content types' names, for messages.</summary>
    public static string ContentTypeNameList => string.Join(", ", ContentTypeNames);

    /// <summary>Gets the profiles' names, for messages.</summary>
    public static string ProfileNameList => string.Join(", ", ProfileNames);

    /// <summary>Gets the number of an arm.</summary>
    /// <param name="contentType">The content type.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The arm's number, from 0 to <see cref="Count"/> minus 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> or <paramref name="profile"/> is not a
    /// defined value.</exception>
    public static int IndexOf(ContentType contentType, QualityLevel profile)
    {
        if ((uint)contentType >= (uint)ContentTypeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), string.Create(CultureInfo.InvariantCulture, $"contentType is {(int)contentType}; it must be a defined ContentType."));
        }

        if ((uint)profile >= (uint)ProfileCount)
        {
            throw new ArgumentOutOfRangeException(nameof(profile), string.Create(CultureInfo.InvariantCulture, $"profile is {(int)profile}; it must be a defined QualityLevel."));
        }

        return ((int)contentType * ProfileCount) + (int)profile;
    }

    /// <summary>Gets the content type's name in the state JSON.</summary>
    /// <param name="index">The arm's number.</param>
    /// <returns>The name, such as <c>narrative</c>.</returns>
    public static string ContentTypeNameOf(int index) => ContentTypeNames[index / ProfileCount];

    /// <summary>Gets the profile's name in the state JSON.</summary>
    /// <param name="index">The arm's number.</param>
    /// <returns>The name, such as <c>premium</c>.</returns>
    public static string ProfileNameOf(int index) => ProfileNames[index % ProfileCount];

    /// <summary>Gets a content type's name in the state JSON and in telemetry tags.</summary>
    /// <param name="contentType">A defined content type.</param>
    /// <returns>The name, such as <c>narrative</c>.</returns>
    public static string NameOf(ContentType contentType) => ContentTypeNames[IndexOf(contentType, 0) / ProfileCount];

    /// <summary>Gets a profile's name in the state JSON and in telemetry tags.</summary>
    /// <param name="profile">A defined profile.</param>
    /// <returns>The name, such as <c>premium</c>.</returns>
    public static string NameOf(QualityLevel profile) => ProfileNames[IndexOf(0, profile)];

    /// <summary>Finds a content type by its name in the state JSON, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="contentType">The content type, when found.</param>
    /// <returns><see langword="true"/> when the name is a content type's.</returns>
    public static bool TryParseContentType(string name, out ContentType contentType)
    {
        var found = Array.FindIndex(ContentTypeNames, candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        contentType = (ContentType)found;
        return found >= 0;
    }

    /// <summary>Finds a profile by its name in the state JSON, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="profile">The profile, when found.</param>
    /// <returns><see langword="true"/> when the name is a profile's.</returns>
    public static bool TryParseProfile(string name, out QualityLevel profile)
    {
        var found = Array.FindIndex(ProfileNames, candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        profile = (QualityLevel)found;
        return found >= 0;
    }

    private static string[] NamesOf<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Length];
        foreach (var value in values)
        {
            var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            if ((uint)number >= (uint)values.Length || names[number] is not null)
            {
                throw new InvalidOperationException($"The learner numbers its arms by enum value, so {typeof(TEnum).Name}'s values must be 0 to {values.Length - 1}.");
            }

            names[number] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        }

        return names;
    }
}
