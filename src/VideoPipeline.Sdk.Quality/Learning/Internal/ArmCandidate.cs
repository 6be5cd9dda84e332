namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>One profile the learner may choose for a run, with what it would cost and what the catalog expects of it.</summary>
/// <param name="Profile">The quality profile.</param>
/// <param name="Cost">What the run would cost with this profile, in dollars; greater than 0.</param>
/// <param name="PriorQuality">The quality expected before any feedback (the catalog's route quality), from 0 to 1.</param>
internal readonly record struct ArmCandidate(QualityLevel Profile, decimal Cost, double PriorQuality);
