namespace VideoPipeline.Sdk.Styles.Tests.Recommendations;

/// <summary>
/// Briefs and the built-in templates a person would find suitable for them, written by judgment from the templates'
/// descriptions and tags (not tuned to the recommender's output). Terms are what a user would type, including words that are
/// not tags. A case hits when any of the recommender's top 3 is in its suitable set.
/// </summary>
internal static class LabelledCases
{
    public static IReadOnlyList<LabelledCase> All { get; } =
    [
        Case("energetic launch for gen z on tiktok", ["energetic"], ["product launch"], ["gen z"], ["tiktok"], null, "fast-cut-reel", "creator-vlog", "modern-commercial"),
        Case("elegant ad for affluent buyers on instagram", ["elegant"], ["advertising"], ["affluent"], ["instagram"], null, "luxury-product"),
        Case("calm tutorial for customers on youtube", ["calm"], ["tutorial"], ["customers"], ["youtube"], null, "clean-explainer", "whiteboard-lesson"),
        Case("serious quarterly results for investors on linkedin", ["serious"], ["quarterly results"], ["investors"], ["linkedin"], null, "annual-report", "executive-address"),
        Case("warm recruiting video for job seekers on linkedin", ["warm"], ["recruiting"], ["job seekers"], ["linkedin"], null, "company-culture"),
        Case("whimsical bedtime story for kids", ["whimsical"], ["bedtime story"], ["kids"], [], null, "watercolor-storybook", "claymation-craft"),
        Case("mysterious short film for adults", ["mysterious"], ["short film"], ["adults"], ["youtube"], null, "film-noir", "intimate-drama"),
        Case("awe-filled documentary for students on tv", ["awe"], ["documentary"], ["students"], ["tv"], null, "nature-documentary"),
        Case("authentic review for shoppers on tiktok", ["authentic"], ["review"], ["shoppers"], ["tiktok"], null, "ugc-testimonial", "creator-vlog"),
        Case("futuristic gaming video on twitch", ["futuristic"], ["gaming"], ["gamers"], ["twitch"], null, "neon-cyberpunk"),
        Case("epic trailer for fans in cinemas", ["epic"], ["trailer"], ["fans"], ["cinema"], null, "epic-cinematic"),
        Case("emotional testimonial for families", ["emotional"], ["testimonial"], ["families"], ["youtube"], null, "intimate-drama", "ugc-testimonial"),
        Case("playful explainer for families on instagram", ["playful"], ["explainer"], ["families"], ["instagram"], null, "claymation-craft", "whiteboard-lesson"),
        Case("joyful brand awareness for millennials", ["joyful"], ["brand awareness"], ["millennials"], ["instagram"], null, "lifestyle-brand", "modern-commercial"),
        Case("reassuring announcement to employees on the intranet", ["reassuring"], ["announcement"], ["employees"], ["intranet"], null, "executive-address"),
        Case("precise ESG report for analysts", ["precise"], ["esg report"], ["analysts"], ["web"], null, "annual-report"),
        Case("casual behind the scenes for followers on reels", ["casual"], ["behind the scenes"], ["followers"], ["instagram reels"], null, "creator-vlog"),
        Case("hype sports clip for young adults on shorts", ["hype"], ["sports"], ["young adults"], ["youtube shorts"], null, "fast-cut-reel"),
        Case("focused training for employees in the lms", ["focused"], ["training"], ["employees"], ["lms"], null, "whiteboard-lesson", "clean-explainer"),
        Case("inspiring brand film for consumers", ["inspiring"], ["brand film"], ["consumers"], ["youtube"], null, "epic-cinematic", "modern-commercial"),
        Case("dark music video for young adults", ["dark"], ["music video"], ["young adults"], [], null, "neon-cyberpunk", "film-noir"),
        Case("nostalgic charity appeal", ["nostalgic"], ["charity appeal"], ["general"], [], null, "watercolor-storybook", "intimate-drama"),
        Case("luxurious watch showcase for collectors on tv", ["luxurious"], ["product showcase"], ["collectors"], ["tv"], null, "luxury-product"),
        Case("upbeat promo for consumers on tv", ["upbeat"], ["promo"], ["consumers"], ["tv"], null, "modern-commercial"),
        Case("confident leadership message to stakeholders", ["confident"], ["leadership message"], ["stakeholders"], ["linkedin"], null, "executive-address"),
        Case("collaborative employer branding for candidates", ["collaborative"], ["employer branding"], ["candidates"], ["careers site"], null, "company-culture"),
        Case("curious science video for learners", ["curious"], ["science"], ["learners"], ["youtube"], null, "nature-documentary", "clean-explainer", "whiteboard-lesson"),
        Case("friendly customer onboarding on the web", ["friendly"], ["onboarding"], ["new customers"], ["web"], null, "clean-explainer"),
        Case("exciting event promo for fans on tiktok", ["exciting"], ["event promo"], ["fans"], ["tiktok"], null, "fast-cut-reel"),
        Case("honest direct response ad on facebook", ["honest"], ["direct response"], ["consumers"], ["facebook"], null, "ugc-testimonial"),
        Case("tense teaser for film lovers", ["tense"], ["teaser"], ["film lovers"], [], null, "film-noir", "epic-cinematic"),
        Case("tender personal story on vimeo", ["tender"], ["personal story"], ["adults"], ["vimeo"], null, "intimate-drama"),
        Case("cosy children's content for kids apps", ["cosy"], ["children"], ["families"], ["kids apps"], null, "claymation-craft", "watercolor-storybook"),
        Case("optimistic strategy update for executives at events", ["optimistic"], ["strategy update"], ["executives"], ["events"], null, "annual-report", "executive-address"),
        Case("edgy tech launch for tech enthusiasts", ["edgy"], ["tech launch"], ["tech enthusiasts"], ["youtube"], null, "neon-cyberpunk", "modern-commercial"),
        Case("carefree travel campaign on pinterest", ["carefree"], ["social campaign"], ["millennials"], ["pinterest"], null, "lifestyle-brand"),
        Case("bold product drop for gen z on reels", ["bold"], ["product drop"], ["gen z"], ["instagram reels"], null, "fast-cut-reel"),
        Case("relatable social proof on shorts", ["relatable"], ["social proof"], ["millennials"], ["youtube shorts"], null, "ugc-testimonial"),
        Case("majestic environment film for streaming", ["majestic"], ["environment"], ["general"], ["streaming"], null, "nature-documentary", "epic-cinematic"),
        Case("clear how-to for professionals on linkedin", ["clear"], ["how to"], ["professionals"], ["linkedin"], null, "clean-explainer"),
        Case("script: CEO presents quarterly results", [], [], [], [], "Our CEO walks investors through the quarterly revenue and what it means for the year ahead.", "executive-address", "annual-report"),
        Case("script: wolves in the forest", [], [], [], [], "Deep in the forest, a family of wolves wakes as the first snow falls. The animals must find food before winter.", "nature-documentary"),
        Case("script: morning routine vlog", [], [], [], [], "Hey guys, welcome back! Today I'm taking you through my morning routine. Don't forget to subscribe.", "creator-vlog"),
        Case("script: bedtime bunny", [], [], [], [], "Once upon a time, a little bunny could not fall asleep at bedtime, so the moon told her a story.", "watercolor-storybook", "claymation-craft"),
        Case("script: detective in the rain", [], [], [], [], "The detective watched the rain hammer the window. The suspect had no alibi, and the shadows knew it.", "film-noir"),
        Case("script: hackers in the neon city", [], [], [], [], "In 2089 hackers rule the neon city, and one robot decides to fight back.", "neon-cyberpunk"),
        Case("script: honest serum review", [], [], [], [], "Honestly, I tried this serum for two weeks and I'm obsessed. Use my code for a discount.", "ugc-testimonial"),
        Case("script: photosynthesis lesson", [], [], [], [], "In this lesson we learn how photosynthesis works, step by step, from sunlight to sugar.", "whiteboard-lesson", "clean-explainer"),
        Case("script and youtube: headphones launch", [], [], [], ["youtube"], "Introducing the X1 headphones: forty hours of battery and noise cancelling that just works.", "modern-commercial"),
        Case("script: we are hiring", [], [], [], [], "Join our team! We're hiring engineers who love our culture of curiosity and kindness.", "company-culture"),
        Case("sophisticated fragrance ad for adults", ["sophisticated"], ["fragrance advertising"], ["adults"], [], null, "luxury-product"),
        Case("dramatic launch on the web", ["dramatic"], ["launch"], ["general"], ["web"], null, "epic-cinematic"),
        Case("energetic video for gamers on tiktok", ["energetic"], [], ["gamers"], ["tiktok"], null, "fast-cut-reel", "neon-cyberpunk"),
        Case("anything for children", [], [], ["children"], [], null, "watercolor-storybook", "claymation-craft"),
        Case("anything for tiktok", [], [], [], ["tiktok"], null, "creator-vlog", "fast-cut-reel", "ugc-testimonial"),
        Case("business audience on linkedin", [], [], ["business"], ["linkedin"], null, "executive-address", "annual-report", "company-culture", "modern-commercial"),
        Case("e-learning", [], ["e-learning"], [], [], null, "clean-explainer", "whiteboard-lesson"),
        Case("melancholic", ["melancholic"], [], [], [], null, "intimate-drama"),
        Case("funny ad on instagram", ["funny"], ["advertising"], [], ["instagram"], null, "claymation-craft", "lifestyle-brand"),
        Case("town hall for employees", [], ["town hall"], ["employees"], [], null, "executive-address"),
        Case("gentle poetry", ["gentle"], ["poetry"], [], [], null, "watercolor-storybook"),
        Case("investors on the investor site", [], [], ["investors"], ["investor site"], null, "annual-report", "executive-address"),
        Case("calm product showcase for adults on instagram", ["calm"], ["product showcase"], ["adults"], ["instagram"], null, "luxury-product"),
        Case("energetic vlog on snapchat", ["energetic"], ["vlog"], [], ["snapchat"], null, "creator-vlog"),
        Case("hopeful documentary for families", ["hopeful"], ["documentary"], ["families"], [], null, "nature-documentary", "intimate-drama"),
        Case("storytelling for the cinema", [], ["storytelling"], [], ["cinema"], null, "epic-cinematic", "film-noir", "intimate-drama"),
    ];

    private static LabelledCase Case(string name, string[] moods, string[] purposes, string[] audiences, string[] platforms, string? script, params string[] suitable) =>
        new(name, new StyleRecommendationCriteria { Moods = moods, Purposes = purposes, Audiences = audiences, Platforms = platforms, Script = script }, suitable);
}
