using System.Globalization;
using System.Text.Json;

namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

/// <summary>One labelled series of the Numenta Anomaly Benchmark subset in TestData/nab (MIT, see its README).</summary>
internal sealed record NabSeries(string Category, string Name, DateTimeOffset[] Timestamps, double[] Values, (DateTimeOffset Start, DateTimeOffset End)[] Windows)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "nab");

    /// <summary>Loads every series named in combined_windows.json, in file order.</summary>
    public static IReadOnlyList<NabSeries> LoadAll()
    {
        using var windows = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "combined_windows.json")));
        var all = new List<NabSeries>();
        foreach (var file in windows.RootElement.EnumerateObject().OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            var lines = File.ReadLines(Path.Combine(Root, "data", file.Name)).Skip(1).Where(line => line.Length > 0).ToArray();
            var timestamps = new DateTimeOffset[lines.Length];
            var values = new double[lines.Length];
            for (var index = 0; index < lines.Length; index++)
            {
                var comma = lines[index].IndexOf(',', StringComparison.Ordinal);
                timestamps[index] = Parse(lines[index][..comma]);
                values[index] = double.Parse(lines[index][(comma + 1)..], CultureInfo.InvariantCulture);
            }

            var labelled = file.Value.EnumerateArray()
                .Select(window => (Parse(window[0].GetString()!), Parse(window[1].GetString()!)))
                .ToArray();
            all.Add(new NabSeries(file.Name.Split('/')[0], file.Name, timestamps, values, labelled));
        }

        return all;
    }

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
