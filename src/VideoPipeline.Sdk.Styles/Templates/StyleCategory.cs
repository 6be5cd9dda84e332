namespace VideoPipeline.Sdk.Styles;

/// <summary>The six families of templates. In the JSON catalog a category is written in lower case, such as <c>commercial</c>.</summary>
public enum StyleCategory
{
    /// <summary>Film-like storytelling: trailers, dramas, noir.</summary>
    Cinematic = 0,

    /// <summary>Advertising: products, brands, launches (for example <c>modern-commercial</c>).</summary>
    Commercial = 1,

    /// <summary>Illustrated and crafted looks: watercolour, stop-motion, stylised worlds.</summary>
    Artistic = 2,

    /// <summary>Explainers, tutorials, lessons and documentaries.</summary>
    Educational = 3,

    /// <summary>Vertical, fast, platform-native video for social feeds.</summary>
    Social = 4,

    /// <summary>Business communication: leadership messages, culture, results.</summary>
    Corporate = 5,
}
