using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Quality.Diagnostics.Internal;
using VideoPipeline.Sdk.Quality.Estimation.Internal;
using VideoPipeline.Sdk.Quality.Learning.Internal;
using VideoPipeline.Sdk.Quality.Planning.Internal;

namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>
/// The default <see cref="IQualityOptimizer"/>: plans every profile for the content scene by scene, prices the plans, drops
/// those that break a constraint and lets the <see cref="BudgetedThompsonSampler"/> choose among the rest.
/// </summary>
/// <remarks>
/// Thread-safety: the planner, the analyzer and the segmenter are immutable; the sampler and the run registry each guard
/// their state with a lock, and the export and import go through them.
/// </remarks>
internal sealed class QualityOptimizer : IQualityOptimizer
{
    /// <summary>The cost the sampler is given for a plan that costs nothing, so that quality per dollar stays finite.</summary>
    private const decimal SmallestCost = 0.0001m;

    private readonly IContentAnalyzer _analyzer;
    private readonly ScriptSegmenter _segmenter;
    private readonly QualityProfiles _profiles;
    private readonly ProductionPlanner _planner;
    private readonly BudgetedThompsonSampler _sampler;
    private readonly RunRegistry _runs;
    private readonly QualityMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public QualityOptimizer(
        IContentAnalyzer analyzer,
        QualityOptions options,
        QualityProfiles profiles,
        ProductionPlanner planner,
        QualityMetrics metrics,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _analyzer = analyzer;
        _segmenter = new ScriptSegmenter(options);
        _profiles = profiles;
        _planner = planner;
        _sampler = new BudgetedThompsonSampler(options.LearnerSeed, options.PriorStrength);
        _runs = new RunRegistry(options.MaxTrackedRuns);
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public ValueTask<QualityRecommendation> OptimizeForContentAsync(
        string content, ContentType contentType, QualityConstraints constraints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(constraints);
        if (!Enum.IsDefined(contentType))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), contentType, $"contentType is {(int)contentType}; it must be one of {string.Join(", ", Enum.GetNames<ContentType>())}.");
        }

        CheckConstraints(constraints);
        cancellationToken.ThrowIfCancellationRequested();

        var analysis = _analyzer.Analyze(content);
        var type = contentType == ContentType.Unknown ? analysis.ContentType : contentType;
        var scenes = _segmenter.SplitIntoScenes(content, analysis);
        if (scenes.Count == 0)
        {
            return ValueTask.FromResult(NothingFits(analysis, type, [], "The content has no words, so there is nothing to plan."));
        }

        var now = _timeProvider.GetUtcNow();
        var alternatives = new QualityAlternative[LearnerArms.ProfileCount];
        var candidates = new List<ArmCandidate>(alternatives.Length);
        var candidateAlternatives = new List<int>(alternatives.Length);
        foreach (var level in Enum.GetValues<QualityLevel>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var alternative = Consider(level, scenes, constraints, type, now);
            alternatives[(int)level] = alternative;
            if (alternative.Fits)
            {
                candidates.Add(new ArmCandidate(level, Math.Max(SmallestCost, alternative.Estimate.Expected.Usd), alternative.Estimate.Plan.QualityScore));
                candidateAlternatives.Add((int)level);
            }
        }

        if (candidates.Count == 0)
        {
            return ValueTask.FromResult(NothingFits(analysis, type, alternatives, RationaleWriter.NothingFits(alternatives, constraints)));
        }

        var chosen = constraints.Importance == ContentImportance.Critical
            ? BestExpectedQuality(alternatives, candidateAlternatives)
            : alternatives[candidateAlternatives[_sampler.Choose(type, [.. candidates], QualityExponent(constraints.Importance))]];
        var runId = Guid.CreateVersion7(now).ToString("N");
        _runs.Add(runId, new TrackedRun(type, chosen.Level));
        _metrics.Decided(type, chosen.Level, chosen.Estimate.Expected);
        Log.Decided(_logger, runId, chosen.Level, type, chosen.Estimate.Expected, chosen.Estimate.Maximum, chosen.ExpectedQuality);
        return ValueTask.FromResult(new QualityRecommendation
        {
            IsFeasible = true,
            RunId = runId,
            Level = chosen.Level,
            Plan = chosen.Estimate.Plan,
            Estimate = chosen.Estimate,
            ExpectedQuality = chosen.ExpectedQuality,
            ContentType = type,
            Analysis = analysis,
            Alternatives = alternatives,
            Rationale = RationaleWriter.Chosen(chosen, alternatives, constraints, type, contentType == ContentType.Unknown, candidates.Count),
        });
    }

    public ValueTask<bool> RecordFeedbackAsync(QualityFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_runs.TryGet(feedback.RunId, out var run))
        {
            _metrics.Feedback(feedback.Kind, recorded: false);
            Log.UnknownRun(_logger, feedback.Kind, feedback.RunId);
            return ValueTask.FromResult(false);
        }

        _sampler.Update(run.ContentType, run.Level, feedback.Value, feedback.Weight);
        _metrics.Feedback(feedback.Kind, recorded: true);
        return ValueTask.FromResult(true);
    }

    public string ExportState() => OptimizerStateJson.Write(_sampler.ExportState(), _runs.Snapshot());

    public void ImportState(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (learnerState, runs) = OptimizerStateJson.Read(json);

        // The learner checks its part and replaces its state only when all of it is valid; the runs are already checked.
        _sampler.ImportState(learnerState);
        _runs.Replace(runs);
    }

    /// <summary>The power the sampler raises drawn quality to before dividing by cost, per importance; critical content is
    /// not drawn for (see <see cref="BestExpectedQuality"/>).</summary>
    internal static double QualityExponent(ContentImportance importance) => importance switch
    {
        ContentImportance.Low => 1,
        ContentImportance.Normal => 4,
        ContentImportance.High => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(importance), importance, "Only Low, Normal and High importance are drawn for."),
    };

    /// <summary>
    /// The choice for critical content: the fitting plan of the highest expected quality (the mean of its belief), the
    /// cheaper on a tie. No draw: a draw explores, and with little feedback it would often pick a worse profile than the
    /// best that fits, which critical content must not pay for.
    /// </summary>
    private static QualityAlternative BestExpectedQuality(QualityAlternative[] alternatives, List<int> fitting)
    {
        var best = alternatives[fitting[0]];
        foreach (var index in fitting)
        {
            var alternative = alternatives[index];
            if (alternative.ExpectedQuality > best.ExpectedQuality
                || (alternative.ExpectedQuality == best.ExpectedQuality && alternative.Estimate.Expected < best.Estimate.Expected))
            {
                best = alternative;
            }
        }

        return best;
    }

    /// <summary>The profile adjusted for the audience: clearer narration for business and education, at most 1080p for social feeds.</summary>
    internal static QualityProfile ForAudience(QualityProfile profile, TargetAudience audience) => audience switch
    {
        TargetAudience.Business or TargetAudience.Education when profile.SpeechTier < RouteTier.Flagship =>
            profile with { SpeechTier = profile.SpeechTier + 1 },
        TargetAudience.Social when profile.TargetResolution > 1080 => profile with { TargetResolution = 1080 },
        _ => profile,
    };

    private static void CheckConstraints(QualityConstraints constraints)
    {
        if (constraints.BudgetTier is null && constraints.MaxCost is null)
        {
            throw new ArgumentException("The constraints set neither BudgetTier nor MaxCost; set at least one, so that the optimizer knows what it may spend.", nameof(constraints));
        }

        if (constraints.MinimumTier > constraints.BudgetTier)
        {
            throw new ArgumentException(
                $"The constraints' MinimumTier {constraints.MinimumTier} is above their BudgetTier {constraints.BudgetTier}; no profile can be both.", nameof(constraints));
        }
    }

    private static string? FindRejection(CostEstimate estimate, QualityConstraints constraints, DateTimeOffset now)
    {
        if (constraints.MaxCost is { } maxCost)
        {
            if (!estimate.IsKnown)
            {
                return $"its cost is unknown (no price for {string.Join(", ", estimate.UnknownPriceRoutes.Select(route => $"'{route}'"))}), so it cannot be held under MaxCost {maxCost}";
            }

            if (estimate.Maximum > maxCost)
            {
                return $"it costs up to {estimate.Maximum} with its retry reserve; MaxCost is {maxCost}";
            }
        }

        if (constraints.Deadline is { } deadline && now + estimate.Plan.EstimatedGenerationTime > deadline)
        {
            var generation = RationaleWriter.Format(estimate.Plan.EstimatedGenerationTime);
            return deadline > now
                ? $"it takes about {generation} to generate; the deadline is in {RationaleWriter.Format(deadline - now)}"
                : $"it takes about {generation} to generate; the deadline passed {RationaleWriter.Format(now - deadline)} ago";
        }

        return null;
    }

    private QualityAlternative Consider(QualityLevel level, IReadOnlyList<SceneInput> scenes, QualityConstraints constraints, ContentType type, DateTimeOffset now)
    {
        var profile = ForAudience(_profiles.Get(level), constraints.Audience);
        var estimate = CostCalculator.Calculate(_planner.Plan(profile, scenes, adaptive: true));
        var rejection = level > constraints.BudgetTier ? $"it is above BudgetTier {constraints.BudgetTier}"
            : level < constraints.MinimumTier ? $"it is below MinimumTier {constraints.MinimumTier}"
            : FindRejection(estimate, constraints, now);
        if (rejection is not null && level <= (constraints.BudgetTier ?? QualityLevel.Ultra) && level >= (constraints.MinimumTier ?? QualityLevel.Economy))
        {
            // Without the upgrades of action scenes the plan may still fit: keep the savings on static scenes only. The lean
            // plan is judged on its own, not by comparing costs: when an upgrade route has no price, the full plan's expected
            // cost leaves it out and can be lower than the lean plan's, which is fully priced and may fit.
            // When neither fits, the cheaper of the two is reported, so that the rejection does not overstate what the level
            // would take.
            var lean = CostCalculator.Calculate(_planner.Plan(profile, scenes, adaptive: true, upgradeActionScenes: false));
            var leanRejection = FindRejection(lean, constraints, now);
            if (leanRejection is null || (lean.IsKnown && lean.Maximum < estimate.Maximum))
            {
                (estimate, rejection) = (lean, leanRejection);
            }
        }

        return new QualityAlternative
        {
            Level = level,
            Estimate = estimate,
            ExpectedQuality = _sampler.GetBelief(type, level, estimate.Plan.QualityScore).Mean,
            Fits = rejection is null,
            Rejection = rejection,
        };
    }

    private QualityRecommendation NothingFits(ContentAnalysis analysis, ContentType type, IReadOnlyList<QualityAlternative> alternatives, string rationale)
    {
        _metrics.FoundNothing(type);
        Log.NothingFits(_logger, type, rationale);
        return new QualityRecommendation
        {
            IsFeasible = false,
            ContentType = type,
            Analysis = analysis,
            Alternatives = alternatives,
            Rationale = rationale,
        };
    }
}
