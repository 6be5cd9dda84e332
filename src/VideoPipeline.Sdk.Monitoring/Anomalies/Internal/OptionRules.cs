namespace VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

/// <summary>
/// Collects rule violations of detector options as (key, value, allowed range), so that the detectors' constructors and
/// the options validator report the same rules, each in its own words.
/// </summary>
internal sealed class OptionRules
{
    private readonly List<(string Key, object Value, string Range)> _failures = [];

    public IReadOnlyList<(string Key, object Value, string Range)> Failures => _failures;

    public void Check(bool valid, string key, object value, string range)
    {
        if (!valid)
        {
            _failures.Add((key, value, range));
        }
    }

    /// <summary>Throws for the first violation, naming the option, its value and the allowed range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void ThrowIfInvalid(string parameterName)
    {
        if (_failures.Count > 0)
        {
            var (key, value, range) = _failures[0];
            throw new ArgumentOutOfRangeException($"{parameterName}.{key}", value, $"{key} is {value}; it must be {range}.");
        }
    }
}
