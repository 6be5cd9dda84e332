using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// The progress tracker's instrument, on the <see cref="VideoPipelineDiagnostics.Monitoring"/> meter created through
/// <see cref="IMeterFactory"/> (which returns the package's one meter for that name). Step types are capped by
/// <see cref="StepDurationPriors"/>, so series stay bounded.
/// </summary>
internal sealed class ProgressMetrics
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Cancelled = "cancelled";

    private readonly Histogram<double> _stepDuration;

    public ProgressMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Monitoring);
        _stepDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.ProgressStepDuration, "s", "Duration of tracked job steps that started and finished.");
    }

    public void RecordStepDuration(TimeSpan duration, string stepTypeTag, string outcome)
    {
        if (_stepDuration.Enabled)
        {
            var tags = new TagList
            {
                { VideoPipelineDiagnostics.StepTypeTag, stepTypeTag },
                { VideoPipelineDiagnostics.OutcomeTag, outcome },
            };
            _stepDuration.Record(duration.TotalSeconds, tags);
        }
    }
}
