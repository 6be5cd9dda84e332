using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Quality.Tests.Analysis;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>Scripts and small helpers shared by the optimizer tests.</summary>
internal static class OptimizerTestData
{
    /// <summary>
    /// Two scenes: a talking head in a kitchen (dialogue, "sits", "explains", no motion: <see cref="SceneMotion.Static"/>)
    /// and a chase on a harbour road ("explodes", "races", "crashes", a tracking shot: <see cref="SceneMotion.Action"/>).
    /// </summary>
    public const string TwoSceneScreenplay = """
        INT. KITCHEN - MORNING

        Mara sits at the kitchen table with a cup of tea and explains the plan to her brother.
        "We wait until the bank opens," she says. "Then we talk to the manager, calmly and politely."
        "And if he says no?" Tom asks.
        "Then we listen, we thank him, and we come back tomorrow," she explains.

        EXT. HARBOUR ROAD - NIGHT

        The warehouse explodes. Tom races down the road as a truck crashes through the gate.
        Tracking shot: the car speeds past the burning boats and skids around the corner.
        Tom jumps the fence, sprints along the pier and dives into the water as the crane collapses.
        """;

    /// <summary>The scripts of Analysis/TestData.</summary>
    public static readonly string[] TestScriptNames = ["narrative", "educational", "marketing", "social", "corporate", "news"];

    /// <summary>The names of every test script and of the two-scene screenplay (<c>screenplay</c>).</summary>
    public static readonly string[] AllScriptNames = [.. TestScriptNames, "screenplay"];

    /// <summary>Every test script and the two-scene screenplay, by name.</summary>
    public static TheoryData<string> ScriptNames() => new(AllScriptNames);

    /// <summary>The text of a script of <see cref="AllScriptNames"/>.</summary>
    public static string Script(string name) => name == "screenplay" ? TwoSceneScreenplay : Analyzers.ReadScript(name);

    /// <summary>Constraints that allow one profile only, without a cost limit.</summary>
    public static QualityConstraints Only(QualityLevel level) => new() { MinimumTier = level, BudgetTier = level };

    /// <summary>Constraints that allow every profile, without a cost limit.</summary>
    public static QualityConstraints AnyProfile(ContentImportance importance = ContentImportance.Normal) =>
        new() { BudgetTier = QualityLevel.Ultra, Importance = importance };

    public static IQualityOptimizer Optimizer(this IServiceProvider services) => services.GetRequiredService<IQualityOptimizer>();

    public static QualityAlternative Alternative(this QualityRecommendation recommendation, QualityLevel level) =>
        recommendation.Alternatives.Single(alternative => alternative.Level == level);

    /// <summary>The video step of a scene of a plan.</summary>
    public static PlanStep VideoStep(this ProductionPlan plan, int scene) =>
        plan.Scenes[scene].Steps.Single(step => step.Kind == MediaKind.Video);
}
