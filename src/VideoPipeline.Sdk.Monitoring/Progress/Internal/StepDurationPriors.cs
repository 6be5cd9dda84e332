using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// The duration priors by step type, at most <see cref="ProgressTrackingOptions.MaxStepTypes"/> of them; further types
/// share one <c>_OTHER</c> prior. A lock with a short critical section guards the table; it never takes another lock.
/// </summary>
internal sealed class StepDurationPriors
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StepDurationPrior> _priors = new(StringComparer.Ordinal);
    private readonly ProgressTrackingOptions _options;
    private readonly StepDurationPrior _overflow;

    public StepDurationPriors(ProgressTrackingOptions options)
    {
        _options = options;
        _overflow = new StepDurationPrior(LabelledSeries.Other, options.DefaultStepDuration, options.PriorSmoothing);
    }

    public StepDurationPrior Get(string stepType)
    {
        lock (_gate)
        {
            if (_priors.TryGetValue(stepType, out var prior))
            {
                return prior;
            }

            if (_priors.Count >= _options.MaxStepTypes)
            {
                return _overflow;
            }

            prior = new StepDurationPrior(stepType, _options.DefaultStepDuration, _options.PriorSmoothing);
            _priors.Add(stepType, prior);
            return prior;
        }
    }
}
