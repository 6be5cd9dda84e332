namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>Words that describe something to show, for visual complexity.</summary>
internal static class VisualTerms
{
    /// <summary>Concrete things, creatures and settings; their plurals are generated.</summary>
    public static readonly string[] Nouns =
    [
        "sky", "sea", "ocean", "mountain", "forest", "river", "lake", "city", "street", "skyline", "rooftop", "tower",
        "bridge", "cliff", "desert", "field", "meadow", "garden", "beach", "wave", "cloud", "rain", "snow", "tree",
        "flower", "window", "door", "mirror", "crowd", "market", "castle", "ship", "boat", "car", "train", "truck",
        "horse", "dog", "cat", "bird", "dragon", "lighthouse", "flame", "smoke", "fog", "mist", "valley", "canyon",
        "waterfall", "island", "harbor", "harbour", "village", "temple", "palace", "cathedral", "alley", "highway",
        "stadium", "warehouse", "factory", "laboratory", "spaceship", "planet", "moon", "star", "galaxy", "nebula",
        "volcano", "glacier", "jungle", "swamp", "cave", "ruin", "statue", "fountain", "lantern", "candle", "lamp",
        "chandelier", "curtain", "staircase", "balcony", "courtyard", "neon", "sign", "billboard", "umbrella", "puddle",
        "reflection", "silhouette", "shadow", "sunlight", "moonlight", "starlight", "candlelight", "firelight",
        "spotlight", "headlight", "sunset", "sunrise", "dawn", "dusk", "twilight", "haze", "glow", "sparkle", "glitter",
        "rainbow", "lightning", "thunderstorm", "wildflower", "petal", "leaf", "branch", "vine", "rock", "boulder",
        "sand", "dune", "ice", "crystal", "jewel", "armor", "armour", "sword", "shield", "banner", "flag", "robot",
        "drone", "helicopter", "airplane", "motorcycle", "bicycle", "tram", "subway", "platform", "pier", "dock",
        "fireworks", "confetti", "costume", "mask", "uniform", "dress", "cloak", "portrait", "painting", "mural",
        "graffiti", "tapestry", "marble", "velvet", "silk", "brick", "cobblestone", "wood", "steel", "chrome", "glass",
    ];

    /// <summary>Visual adjectives, colours and light words, which take no plural.</summary>
    public static readonly string[] Descriptors =
    [
        "red", "blue", "green", "yellow", "orange", "purple", "pink", "black", "white", "grey", "gray", "golden", "gold",
        "silver", "crimson", "scarlet", "amber", "teal", "turquoise", "violet", "emerald", "azure", "ivory", "bronze",
        "copper", "brown", "navy", "pastel", "vivid", "colorful", "colourful", "vast", "towering", "ornate", "intricate",
        "cluttered", "crowded", "sprawling", "lush", "gleaming", "rusted", "rusty", "weathered", "textured", "sparkling",
        "misty", "foggy", "rainy", "snowy", "dusty", "wooden", "metallic", "translucent", "shimmering", "glowing",
        "flickering", "dim", "bright", "dark", "darkness", "backlit", "moonlit", "sunlit", "candlelit", "shadowy",
        "luminous", "radiant", "hazy", "smoky", "glittering", "iridescent", "neon-lit", "overgrown", "crumbling",
        "gilded", "polished", "shattered", "towering", "ancient", "futuristic", "cinematic", "panoramic", "sweeping",
        "dazzling", "murky", "gloomy", "sunny", "stormy", "frosty", "icy", "fiery", "blazing", "verdant", "barren",
    ];
}
