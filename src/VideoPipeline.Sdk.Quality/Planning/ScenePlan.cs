namespace VideoPipeline.Sdk.Quality;

/// <summary>The part of a <see cref="ProductionPlan"/> for one scene: how much moves in it, how long it lasts, how many
/// shots it has and its steps (keyframes, clips and narration).</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class ScenePlan
{
    internal ScenePlan(int index, SceneMotion motion, TimeSpan duration, int shots, IReadOnlyList<PlanStep> steps)
    {
        Index = index;
        Motion = motion;
        Duration = duration;
        Shots = shots;
        Steps = steps;
    }

    /// <summary>Gets the position of the scene in the video, from 0.</summary>
    public int Index { get; }

    /// <summary>Gets how much moves in the scene, from its analysis.</summary>
    public SceneMotion Motion { get; }

    /// <summary>Gets the length of the scene: its narration's length.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Gets the number of shots: one clip per shot (per variant), as many as it takes to cover <see cref="Duration"/>
    /// with the clip length of the scene's video route; 0 for a scene without words.</summary>
    public int Shots { get; }

    /// <summary>Gets the scene's steps, in order: keyframes (when the profile asks for them), clips, narration. Empty for a
    /// scene without words.</summary>
    public IReadOnlyList<PlanStep> Steps { get; }
}
