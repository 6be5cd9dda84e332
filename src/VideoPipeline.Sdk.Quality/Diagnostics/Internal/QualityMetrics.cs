using System.Diagnostics.Metrics;
using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Diagnostics.Internal;

/// <summary>
/// The Quality package's instruments, on the <see cref="VideoPipelineDiagnostics.Quality"/> meter created through
/// <see cref="IMeterFactory"/>. Tags are enum names, so series stay bounded.
/// </summary>
internal sealed class QualityMetrics
{
    private static readonly string[] FeedbackKindNames = ["rating", "regenerated", "published", "downloaded"];
    private static readonly KeyValuePair<string, object?> Chosen = new(VideoPipelineDiagnostics.OutcomeTag, "chosen");
    private static readonly KeyValuePair<string, object?> Infeasible = new(VideoPipelineDiagnostics.OutcomeTag, "infeasible");
    private static readonly KeyValuePair<string, object?> NoProfile = new(VideoPipelineDiagnostics.QualityProfileTag, "none");
    private static readonly KeyValuePair<string, object?> Recorded = new(VideoPipelineDiagnostics.OutcomeTag, "recorded");
    private static readonly KeyValuePair<string, object?> UnknownRun = new(VideoPipelineDiagnostics.OutcomeTag, "unknown_run");

    private readonly Counter<long> _decisions;
    private readonly Histogram<double> _planCost;
    private readonly Counter<long> _feedback;

    public QualityMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Quality);
        _decisions = meter.CreateCounter<long>(VideoPipelineDiagnostics.QualityDecisions, "{decision}", "Decisions of the quality optimizer.");
        _planCost = meter.CreateHistogram<double>(VideoPipelineDiagnostics.QualityPlanCost, "{USD}", "Expected cost of the plans the quality optimizer chose.");
        _feedback = meter.CreateCounter<long>(VideoPipelineDiagnostics.QualityFeedback, "{feedback}", "Feedback given to the quality optimizer.");
    }

    public void Decided(ContentType contentType, QualityLevel level, Money expectedCost)
    {
        var type = ContentTypeTag(contentType);
        var profile = ProfileTag(level);
        _decisions.Add(1, type, profile, Chosen);
        _planCost.Record((double)expectedCost.Usd, type, profile);
    }

    public void FoundNothing(ContentType contentType) => _decisions.Add(1, ContentTypeTag(contentType), NoProfile, Infeasible);

    public void Feedback(FeedbackKind kind, bool recorded) =>
        _feedback.Add(1, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.FeedbackKindTag, FeedbackKindNames[(int)kind]), recorded ? Recorded : UnknownRun);

    private static KeyValuePair<string, object?> ContentTypeTag(ContentType contentType) =>
        new(VideoPipelineDiagnostics.ContentTypeTag, LearnerArms.NameOf(contentType));

    private static KeyValuePair<string, object?> ProfileTag(QualityLevel level) =>
        new(VideoPipelineDiagnostics.QualityProfileTag, LearnerArms.NameOf(level));
}
