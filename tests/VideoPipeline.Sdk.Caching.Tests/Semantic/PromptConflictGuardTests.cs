using VideoPipeline.Sdk.Caching.Semantic.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

public sealed class PromptConflictGuardTests
{
    [Theory]
    [InlineData("three cats sleeping on a sofa", "two cats sleeping on a sofa")]
    [InlineData("a 10 second clip of fireworks", "a 30 second clip of fireworks")]
    [InlineData("4k drone shot of a waterfall", "1080p drone shot of a waterfall")]
    [InlineData("a 16:9 shot of a highway", "a 9:16 shot of a highway")]
    [InlineData("a fader set to 2.5", "a fader set to 3.5")]
    [InlineData("the second floor of a mall", "the third floor of a mall")]
    [InlineData("the 12th floor of a tower", "the 2nd floor of a tower")]
    [InlineData("first day of school", "last day of school")]
    [InlineData("a dozen eggs in a carton", "six eggs in a carton")]
    [InlineData("a few boats in the harbor", "many boats in the harbor")]
    [InlineData("a pair of swans on a pond", "swans on a pond")]
    [InlineData("a cat sitting on a windowsill", "three cats sitting on a windowsill")]
    [InlineData("a dog on a beach at sunset", "dogs on a beach at sunset")]
    [InlineData("a man holding a child", "a man holding children")]
    public void FindConflict_DifferentNumbers_ReturnsNumber(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Number, PromptConflictGuard.FindConflict(cached, requested));
        Assert.Equal(PromptConflictKind.Number, PromptConflictGuard.FindConflict(requested, cached));
    }

    [Theory]
    [InlineData("3 kittens in a basket", "three kittens in a basket")]
    [InlineData("twenty-five candles on a cake", "25 candles on a cake")]
    [InlineData("ten thousand lanterns over a river", "10,000 lanterns over a river")]
    [InlineData("two hundred and fifty balloons", "250 balloons")]
    [InlineData("the 2nd chapter of the story", "the second chapter of the story")]
    [InlineData("the twenty-first floor", "the 21st floor")]
    [InlineData("a ten second clip", "a 10 second clip")]
    [InlineData("a cat on a fence", "one cat on a fence")]
    [InlineData("a pair of red shoes", "two red shoes")]
    [InlineData("a happy dog in a field of flowers", "a happy dog in a flower field")]
    [InlineData("a dog runs across a field", "a dog running across a field")]
    public void FindConflict_SameNumbersWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a street at night with cars", "a street at night with no cars")]
    [InlineData("a portrait of a man wearing glasses", "a portrait of a man not wearing glasses")]
    [InlineData("a dog that is barking", "a dog that isn't barking")]
    [InlineData("a dog that is barking", "a dog that isn\u2019t barking")]
    [InlineData("background music without drums", "background music without vocals")]
    [InlineData("a sugar-free birthday cake", "a birthday cake")]
    [InlineData("a forest free of snow", "a forest covered in snow")]
    [InlineData("a beach with nobody on it", "a beach with a surfer on it")]
    [InlineData("the bird cannot fly", "the bird can fly")]
    [InlineData("neither the cat nor the dog is awake", "the cat and the dog are awake")]
    public void FindConflict_DifferentNegation_ReturnsNegation(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Negation, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a man with no hat in the rain", "a man without a hat in the rain")]
    [InlineData("a street with no cars or people", "a street without cars or people")]
    [InlineData("a dog that isn't barking", "a dog that is not barking")]
    [InlineData("horses running free on a beach", "horses running on a beach")]
    public void FindConflict_SameNegationWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a red sports car by the sea", "a blue sports car by the sea")]
    [InlineData("a grey stone castle", "a golden stone castle")]
    [InlineData("an umbrella in the rain", "a pink umbrella in the rain")]
    [InlineData("a reddish evening sky", "a bluish evening sky")]
    [InlineData("a crimson dress on a mannequin", "a teal dress on a mannequin")]
    public void FindConflict_DifferentColours_ReturnsColour(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Colour, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a grey wolf howling", "a gray wolf howling")]
    [InlineData("a gold ring on velvet", "a golden ring on velvet")]
    [InlineData("a black and white photo", "a white and black photo")]
    public void FindConflict_SameColoursWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("camera pans left across the skyline", "camera pans right across the skyline")]
    [InlineData("zoom in slowly on the face", "zoom out slowly on the face")]
    [InlineData("a car driving toward the camera", "a car driving away from the camera")]
    [InlineData("a bird flying above the clouds", "a bird flying below the clouds")]
    [InlineData("a kitchen before the renovation", "a kitchen after the renovation")]
    [InlineData("gears turning clockwise", "gears turning counter-clockwise")]
    [InlineData("gears turning clockwise", "gears turning anticlockwise")]
    [InlineData("a hiker walking uphill", "a hiker walking downhill")]
    [InlineData("text scrolling from left to right", "text scrolling from right to left")]
    [InlineData("sunrise over a calm lake", "sunset over a calm lake")]
    [InlineData("a city street at night", "a city street during the day")]
    [InlineData("morning light in a bedroom", "evening light in a bedroom")]
    [InlineData("a forest in autumn", "a forest in winter")]
    [InlineData("the sun rising over the hills", "the sun setting over the hills")]
    public void FindConflict_DifferentDirectionsOrTimes_ReturnsDirection(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Direction, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a close-up of a face", "a close up of a face")]
    [InlineData("a close-up of a face", "a closeup of a face")]
    [InlineData("the sun setting behind the hills", "sunset behind the hills")]
    [InlineData("a drone flying over the city", "a drone flying above the city")]
    [InlineData("the camera pushes in on a candle", "push in on a candle")]
    [InlineData("a timelapse from day to night", "a time-lapse going from day to night")]
    [InlineData("welcome back to the channel", "Welcome back to the channel!")]
    public void FindConflict_SameDirectionsWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("the Eiffel Tower at night", "the Empire State Building at night")]
    [InlineData("a street food market in Bangkok", "a street food market in Hanoi")]
    [InlineData("a NASA rocket launch", "a rocket launch")]
    [InlineData("a BMW parked outside a cafe", "an Audi parked outside a cafe")]
    [InlineData("an iPhone on a wooden desk", "a phone on a wooden desk")]
    [InlineData("a sign that says \"OPEN\" in a window", "a sign that says \"CLOSED\" in a window")]
    [InlineData("a poster titled \u201CLonely Road\u201D", "a poster titled \u201COpen Road\u201D")]
    public void FindConflict_DifferentNamedEntities_ReturnsNamedEntity(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.NamedEntity, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("Tokyo at night, neon signs", "a night view of Tokyo with neon signs")]
    [InlineData("A Medieval Castle On A Hill", "a medieval castle on a hill")]
    [InlineData("A RED VINTAGE CAR IN THE DESERT", "a red vintage car in the desert")]
    [InlineData("a cinematic HDR shot of a canyon", "a cinematic shot of a canyon")]
    [InlineData("Cinematic, Dramatic Lighting, a fox", "a fox, cinematic, dramatic lighting")]
    [InlineData("\u201CHello there\u201D in a soft voice", "\"hello there!\" in a soft voice")]
    public void FindConflict_SameEntitiesWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a man walking his dog", "a woman walking her dog")]
    [InlineData("a king on a throne", "a queen on a throne")]
    [InlineData("a grandmother baking with her grandson", "a grandmother baking with her granddaughter")]
    [InlineData("narration with a deep male voice", "narration with a deep female voice")]
    public void FindConflict_DifferentGenders_ReturnsGender(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Gender, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a lady reading in a library", "a woman reading in a library")]
    [InlineData("a boy laughing while he splashes", "a boy laughs while splashing")]
    [InlineData("a mum with her son", "a mother with her son")]
    public void FindConflict_SameGendersWrittenDifferently_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a big dog by the fireplace", "a small dog by the fireplace")]
    [InlineData("an old man on a bench", "a young man on a bench")]
    [InlineData("a sunny day at the beach", "a rainy day at the beach")]
    [InlineData("slow piano music", "fast piano music")]
    [InlineData("a brightly lit subway station", "a dimly lit subway station")]
    [InlineData("an empty glass on the bar", "a full glass on the bar")]
    public void FindConflict_OppositeAttributes_ReturnsAttribute(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.Attribute, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("huge waves crashing on a pier", "enormous waves crashing on a pier")]
    [InlineData("a dark forest path", "a forest path")]
    [InlineData("a peaceful lake at dawn", "a calm lake at dawn")]
    public void FindConflict_SameOrOneSidedAttributes_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Theory]
    [InlineData("a cat sleeping on a sofa", "a cat sleeping on a sofa")]
    [InlineData("A cat sleeping on a sofa.", "a cat sleeping on a sofa")]
    [InlineData("please generate a photo of a cat on a sofa", "photo of a cat on a sofa")]
    [InlineData("a cat sleeping on a sofa", "a dog sleeping on a sofa")]
    [InlineData("", "")]
    [InlineData("!!!", "a cat")]
    public void FindConflict_NothingGuardedDiffers_ReturnsNone(string cached, string requested)
    {
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(cached, requested));
    }

    [Fact]
    public void FindConflict_SeveralKindsDiffer_ReturnsTheFirstInOrder()
    {
        Assert.Equal(PromptConflictKind.Number, PromptConflictGuard.FindConflict("two red cars driving left", "three blue cars driving right"));
        Assert.Equal(PromptConflictKind.Colour, PromptConflictGuard.FindConflict("red cars driving left", "blue cars driving right"));
        Assert.Equal(PromptConflictKind.Direction, PromptConflictGuard.FindConflict("a man driving left in Paris", "a woman driving right in Rome"));
    }

    [Fact]
    public void FindConflict_NoBeforeAWordOfCombiningMarksOnly_DoesNotThrow()
    {
        // Regression: a word that folds to nothing after "no" was read past its end.
        Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict("no \u0301 cat", "no \u0301 cat."));
    }

    [Fact]
    public void FindConflict_RandomPrompts_IsSymmetricAndFindsNoConflictWithItself()
    {
        var prompts = RandomPrompts.Generate(seed: 7, count: 1_500).ToArray();

        for (var i = 1; i < prompts.Length; i++)
        {
            Assert.Equal(PromptConflictGuard.FindConflict(prompts[i - 1], prompts[i]), PromptConflictGuard.FindConflict(prompts[i], prompts[i - 1]));
            Assert.Equal(PromptConflictKind.None, PromptConflictGuard.FindConflict(prompts[i], prompts[i] + " "));
        }
    }

    [Fact]
    public void FindConflict_NullCachedPrompt_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => PromptConflictGuard.FindConflict(null!, "a cat"));

        Assert.Equal("cachedPrompt", exception.ParamName);
    }

    [Fact]
    public void FindConflict_NullRequestedPrompt_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => PromptConflictGuard.FindConflict("a cat", null!));

        Assert.Equal("requestedPrompt", exception.ParamName);
    }
}
