namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>Action verbs and camera language, for motion intensity and shot cues.</summary>
internal static class MotionTerms
{
    /// <summary>Regular action verbs in their base form; their -s, -ing and -ed forms are generated.</summary>
    public static readonly string[] ActionVerbs =
    [
        "run", "sprint", "race", "chase", "jump", "leap", "dive", "crash", "explode", "burst", "smash", "punch", "kick",
        "fight", "shoot", "fire", "throw", "hurl", "grab", "slam", "charge", "rush", "dash", "flee", "escape", "climb",
        "swing", "spin", "roll", "tumble", "dodge", "duck", "strike", "hit", "attack", "swerve", "speed", "drive", "fly",
        "soar", "plunge", "gallop", "ride", "skid", "shatter", "rip", "tear", "collapse", "erupt", "surge", "storm",
        "scramble", "hurtle", "vault", "tackle", "wrestle", "stab", "slash", "blast", "bolt", "lunge", "pounce", "whirl",
        "twist", "crawl", "march", "stampede", "accelerate", "launch", "break", "catch", "slide", "spring", "jolt", "yank",
        "shove", "hurry", "bounce", "sprawl", "fall", "stumble", "chop", "hammer", "flip", "somersault", "rocket",
        "careen", "ram", "spray", "sweep", "splash", "kick", "toss", "sling", "swoop", "dart", "zip", "zigzag",
        "scurry", "wave", "dance", "jog", "skate", "surf", "ski", "swim", "paddle", "pursue", "evade", "ambush", "battle",
        "clash", "grapple", "hurdle", "pummel", "sprint", "stomp", "thrash", "topple", "wreck", "detonate",
    ];

    /// <summary>Irregular past forms of the action verbs above.</summary>
    public static readonly string[] IrregularActionForms =
    [
        "ran", "leapt", "fell", "fallen", "fought", "shot", "threw", "thrown", "flew", "flown", "rode", "ridden", "struck",
        "swung", "spun", "fled", "drove", "driven", "tore", "torn", "broke", "broken", "sprang", "sprung", "caught",
        "dove", "slid", "swept", "swam", "sped", "slung", "stricken",
    ];

    /// <summary>Camera and editing words that are cues on their own; for verbs, their forms are generated.</summary>
    public static readonly string[] CameraVerbs = ["pan", "tilt", "zoom", "dolly", "crane", "dissolve", "fade"];

    /// <summary>Camera and editing words that are cues on their own and take no verb forms.</summary>
    public static readonly string[] CameraWords =
    [
        "camera", "tracking", "handheld", "hand-held", "steadicam", "closeup", "close-up", "close-ups", "closeups",
        "pov", "montage", "whip-pan", "smash-cut", "jump-cut", "slow-motion", "slow-mo", "time-lapse", "timelapse",
        "aerial", "drone", "overhead", "freeze-frame", "split-screen", "two-shot", "wide-angle",
        "cutaway", "flashback", "establishing", "rack-focus", "b-roll",
    ];

    /// <summary>Two-word camera and editing phrases. A phrase whose first word is a cue on its own counts once.</summary>
    public static readonly string[] CameraPhrases =
    [
        "tracking shot", "wide shot", "close up", "cut to", "slow motion", "fade in", "fade out", "fade to",
        "zoom in", "zoom out", "aerial shot", "establishing shot", "medium shot", "long shot", "crane shot", "match cut",
        "jump cut", "smash cut", "push in", "pull back", "pull out", "we see", "angle on", "rack focus", "time lapse",
        "wide angle", "low angle", "high angle", "dutch angle", "reverse angle", "quick cut", "hard cut", "freeze frame",
        "point-of-view shot", "overhead shot", "drone shot", "two shot", "insert shot", "we follow",
    ];
}
