namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Declares one step of a tracked job (or a sub-step of a step): its name, its type (which selects the learned duration
/// prior for the estimate of the remaining time) and its weight (its expected share of its parent's work).
/// </summary>
public sealed record ProgressStepDefinition
{
    /// <summary>Initializes a new instance of the <see cref="ProgressStepDefinition"/> class.</summary>
    /// <param name="name">The step's name, unique among its siblings, for example <c>render-scene-3</c>.</param>
    /// <param name="stepType">The step's type, for example <c>image</c> or <c>video-clip</c>. Steps of one type share a
    /// duration prior learned from finished steps; keep types few (a job id or a prompt is not a type), since at most
    /// <see cref="ProgressTrackingOptions.MaxStepTypes"/> types are learned separately. A step with sub-steps teaches its
    /// type its whole duration, so give it a type of its own (<c>clips</c> over sub-steps of type <c>video-clip</c>).</param>
    /// <param name="weight">The step's expected share of its parent's work, relative to its siblings' weights: a step of
    /// weight 3 counts three times as much toward the parent's fraction as a step of weight 1. The default is 1; the range
    /// is greater than 0 and at most 1,000,000.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="stepType"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="stepType"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not a number, not positive or above 1,000,000.</exception>
    public ProgressStepDefinition(string name, string stepType, double weight = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(stepType);
        if (!(weight > 0 && weight <= MaxWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight of step '{name}' must be greater than 0 and at most {MaxWeight}.");
        }

        Name = name;
        StepType = stepType;
        Weight = weight;
    }

    /// <summary>The largest weight a step can have: 1,000,000.</summary>
    public const double MaxWeight = 1_000_000;

    /// <summary>Gets the step's name, unique among its siblings.</summary>
    public string Name { get; }

    /// <summary>Gets the step's type, which selects its duration prior.</summary>
    public string StepType { get; }

    /// <summary>Gets the step's expected share of its parent's work, relative to its siblings' weights.</summary>
    /// <value>The default is 1; the range is greater than 0 and at most <see cref="MaxWeight"/>.</value>
    public double Weight { get; }
}
