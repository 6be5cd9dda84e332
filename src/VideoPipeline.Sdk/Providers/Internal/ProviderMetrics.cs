using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Providers.Internal;

/// <summary>
/// The root package's instruments for provider calls, on the <see cref="VideoPipelineDiagnostics.Pipeline"/> meter created
/// through <see cref="IMeterFactory"/>. Tag values come from fixed tables, so series stay bounded and recording does not allocate.
/// </summary>
internal sealed class ProviderMetrics : IDisposable
{
    public const string OutcomeSuccess = "success";
    public const string OutcomeTimeout = "timeout";
    public const string OutcomeCancelled = "cancelled";
    public const string OutcomeError = "error";

    private static readonly string[] KindTags = ["text", "image", "video", "speech", "music"];
    private static readonly string[] ErrorKindTags = ["permanent", "transient", "rate_limited", "timeout", "invalid_request", "content_rejected"];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<double> _cost;
    private readonly ActivitySource _activitySource = new(VideoPipelineDiagnostics.Pipeline);

    public ProviderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Pipeline);
        _requests = meter.CreateCounter<long>(VideoPipelineDiagnostics.ProviderRequests, "{request}", "Generation provider calls.");
        _duration = meter.CreateHistogram<double>(
            VideoPipelineDiagnostics.ProviderDuration,
            "s",
            "Duration of generation provider calls.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] });
        _cost = meter.CreateCounter<double>(VideoPipelineDiagnostics.ProviderCost, "{USD}", "Money spent on generation providers.");
    }

    public static string Outcome(GenerationErrorKind kind) => ErrorKindTags[(int)kind];

    public Activity? StartActivity(string provider, GenerationRequest request)
    {
        var activity = _activitySource.StartActivity("generate " + provider, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(VideoPipelineDiagnostics.ProviderTag, provider);
            activity.SetTag(VideoPipelineDiagnostics.MediaKindTag, KindTags[(int)request.Kind]);
            activity.SetTag("videopipeline.model", request.Model);
        }

        return activity;
    }

    public void RecordSuccess(string provider, MediaKind kind, TimeSpan elapsed, Money cost)
    {
        var tags = Tags(provider, kind, OutcomeSuccess);
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        if (cost > Money.Zero)
        {
            _cost.Add((double)cost.Usd, new TagList
            {
                { VideoPipelineDiagnostics.ProviderTag, provider },
                { VideoPipelineDiagnostics.MediaKindTag, KindTags[(int)kind] },
            });
        }
    }

    public void RecordFailure(string provider, MediaKind kind, TimeSpan elapsed, string outcome, Activity? activity)
    {
        var tags = Tags(provider, kind, outcome);
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        activity?.SetStatus(ActivityStatusCode.Error, outcome);
    }

    public void Dispose() => _activitySource.Dispose();

    private static TagList Tags(string provider, MediaKind kind, string outcome) => new()
    {
        { VideoPipelineDiagnostics.ProviderTag, provider },
        { VideoPipelineDiagnostics.MediaKindTag, KindTags[(int)kind] },
        { VideoPipelineDiagnostics.OutcomeTag, outcome },
    };
}
