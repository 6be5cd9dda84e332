using System.Text.Json;
using System.Text.Json.Nodes;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The optimizer's state as JSON: what it learned and the runs it can still take feedback for.</summary>
public sealed class StateTests
{
    [Fact]
    public async Task ExportThenImportIntoAFreshOptimizer_GivesTheSameExpectedQualities_AndAcceptsFeedbackForTheExportedRuns()
    {
        using var services = TestCatalog.Services();
        var (optimizer, runs) = await TrainedAsync(services);
        var state = optimizer.ExportState();
        var expected = await ExpectedQualitiesAsync(optimizer);

        using var freshServices = TestCatalog.Services();
        var fresh = freshServices.Optimizer();
        Assert.NotEqual(expected, await ExpectedQualitiesAsync(fresh));
        fresh.ImportState(state);

        Assert.Equal(expected, await ExpectedQualitiesAsync(fresh));
        foreach (var runId in runs)
        {
            Assert.True(await fresh.RecordFeedbackAsync(QualityFeedback.Published(runId)));
        }

        Assert.False(await fresh.RecordFeedbackAsync(QualityFeedback.Published("not-a-run")));
    }

    [Fact]
    public async Task ExportState_OfAnImportedState_IsTheSameJson()
    {
        using var services = TestCatalog.Services();
        var (optimizer, _) = await TrainedAsync(services);
        var state = optimizer.ExportState();
        using var freshServices = TestCatalog.Services();
        var fresh = freshServices.Optimizer();

        fresh.ImportState(state);

        Assert.Equal(state, fresh.ExportState());
    }

    [Fact]
    public async Task ExportState_WritesSchemaVersionOne_TheLearnersArms_AndTheRunsOldestFirst()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var first = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Narrative, OptimizerTestData.Only(QualityLevel.Premium));
        var second = await optimizer.OptimizeForContentAsync(OptimizerTestData.Script("news"), ContentType.News, OptimizerTestData.Only(QualityLevel.Economy));
        await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(first.RunId!, 4));

        using var document = JsonDocument.Parse(optimizer.ExportState());

        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(
            [(first.RunId!, "narrative", "premium"), (second.RunId!, "news", "economy")],
            root.GetProperty("runs").EnumerateArray().Select(run => (run.GetProperty("id").GetString()!, run.GetProperty("contentType").GetString(), run.GetProperty("profile").GetString())));
        var arm = Assert.Single(root.GetProperty("learner").GetProperty("arms").EnumerateArray());
        Assert.Equal(("narrative", "premium", 0.75, 0.25), (arm.GetProperty("contentType").GetString(), arm.GetProperty("profile").GetString(), arm.GetProperty("positive").GetDouble(), arm.GetProperty("negative").GetDouble()));
    }

    [Fact]
    public async Task ImportState_WithMoreRunsThanMaxTrackedRuns_KeepsTheNewest()
    {
        using var services = TestCatalog.Services();
        var (optimizer, runs) = await TrainedAsync(services);
        using var smallServices = TestCatalog.Services(options => options.MaxTrackedRuns = 3);
        var small = smallServices.Optimizer();

        small.ImportState(optimizer.ExportState());

        for (var run = 0; run < runs.Length; run++)
        {
            Assert.Equal(run >= runs.Length - 3, await small.RecordFeedbackAsync(QualityFeedback.Published(runs[run])));
        }
    }

    public static TheoryData<string, string> BadStates() => new()
    {
        { "not json", "Optimizer state: not valid JSON of schema version 1:" },
        { "array root", "Optimizer state: the root is Array; it must be an object with schemaVersion, learner and runs." },
        { "schema version 2", "Optimizer state: schemaVersion is 2; this version of VideoPipeline.Sdk.Quality reads schema version 1." },
        { "no schema version", "Optimizer state: schemaVersion is missing; it must be 1." },
        { "no runs", "Optimizer state: not valid JSON of schema version 1:" },
        { "unknown property", "Optimizer state: not valid JSON of schema version 1:" },
        { "unknown content type", "Optimizer state: runs[1].contentType is 'documentary'; it must be one of unknown, narrative, educational, marketing, social, corporate, news." },
        { "unknown profile", "Optimizer state: runs[0].profile is 'gold'; it must be one of economy, standard, premium, ultra." },
        { "empty run id", "Optimizer state: runs[2].id is empty; it must be the run id a recommendation returned." },
        { "duplicate run id", "Optimizer state: runs[3].id '" },
        { "learner unknown profile", "Learner state: arms[0].profile is 'gold'; it must be one of economy, standard, premium, ultra." },
        { "learner negative sum", "Learner state: arms[0].positive is -1; it must be 0 to 1000000000000." },
        { "learner schema version", "Learner state: schemaVersion is 7;" },
        { "learner null", "Learner state: the root is Null;" },
    };

    [Theory]
    [MemberData(nameof(BadStates))]
    public async Task ImportState_Invalid_ThrowsFormatExceptionNamingTheEntry_AndLeavesTheStateUnchanged(string problem, string message)
    {
        using var services = TestCatalog.Services();
        var (optimizer, runs) = await TrainedAsync(services);
        var bad = Spoil(optimizer.ExportState(), problem);

        // The target has its own learning and runs, which must survive the failed import.
        using var targetServices = TestCatalog.Services();
        var (target, targetRuns) = await TrainedAsync(targetServices, stars: 2);
        var before = target.ExportState();

        var exception = Assert.Throws<FormatException>(() => target.ImportState(bad));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, target.ExportState());
        Assert.False(await target.RecordFeedbackAsync(QualityFeedback.Published(runs[0])));
        Assert.True(await target.RecordFeedbackAsync(QualityFeedback.Published(targetRuns[0])));
    }

    [Fact]
    public async Task ImportState_DuplicateRunIds_NamesTheRepeatedId()
    {
        using var services = TestCatalog.Services();
        var (optimizer, runs) = await TrainedAsync(services);

        var exception = Assert.Throws<FormatException>(() => optimizer.ImportState(Spoil(optimizer.ExportState(), "duplicate run id")));

        Assert.Equal($"Optimizer state: runs[3].id '{runs[0]}' appears more than once.", exception.Message);
    }

    /// <summary>An optimizer with six runs over several content types and levels, each rated.</summary>
    private static async Task<(IQualityOptimizer Optimizer, string[] Runs)> TrainedAsync(IServiceProvider services, int stars = 5)
    {
        var optimizer = services.Optimizer();
        var runs = new List<string>();
        foreach (var (name, type, level) in new[]
        {
            ("narrative", ContentType.Narrative, QualityLevel.Premium),
            ("news", ContentType.News, QualityLevel.Economy),
            ("marketing", ContentType.Marketing, QualityLevel.Standard),
            ("screenplay", ContentType.Narrative, QualityLevel.Ultra),
            ("social", ContentType.Social, QualityLevel.Premium),
            ("educational", ContentType.Educational, QualityLevel.Economy),
        })
        {
            var recommendation = await optimizer.OptimizeForContentAsync(OptimizerTestData.Script(name), type, OptimizerTestData.Only(level));
            Assert.True(await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(recommendation.RunId!, stars)));
            runs.Add(recommendation.RunId!);
        }

        return (optimizer, [.. runs]);
    }

    /// <summary>Every alternative's expected quality for the six test scripts and the screenplay, as narrative content.</summary>
    private static async Task<List<double>> ExpectedQualitiesAsync(IQualityOptimizer optimizer)
    {
        var qualities = new List<double>();
        foreach (var name in OptimizerTestData.AllScriptNames)
        {
            foreach (var type in new[] { ContentType.Narrative, ContentType.News, ContentType.Marketing, ContentType.Social, ContentType.Educational })
            {
                var recommendation = await optimizer.OptimizeForContentAsync(OptimizerTestData.Script(name), type, new QualityConstraints { MaxCost = Money.FromUsd(1000m) });
                qualities.AddRange(recommendation.Alternatives.Select(alternative => alternative.ExpectedQuality));
            }
        }

        return qualities;
    }

    private static string Spoil(string state, string problem)
    {
        var root = JsonNode.Parse(state)!.AsObject();
        var runs = root["runs"]!.AsArray();
        var learner = root["learner"]!.AsObject();
        switch (problem)
        {
            case "not json":
                return state[..^2];
            case "array root":
                return "[" + state + "]";
            case "schema version 2":
                root["schemaVersion"] = 2;
                break;
            case "no schema version":
                root.Remove("schemaVersion");
                break;
            case "no runs":
                root.Remove("runs");
                break;
            case "unknown property":
                root["profiles"] = "all";
                break;
            case "unknown content type":
                runs[1]!["contentType"] = "documentary";
                break;
            case "unknown profile":
                runs[0]!["profile"] = "gold";
                break;
            case "empty run id":
                runs[2]!["id"] = " ";
                break;
            case "duplicate run id":
                runs[3]!["id"] = runs[0]!["id"]!.GetValue<string>();
                break;
            case "learner unknown profile":
                learner["arms"]![0]!["profile"] = "gold";
                break;
            case "learner negative sum":
                learner["arms"]![0]!["positive"] = -1;
                break;
            case "learner schema version":
                learner["schemaVersion"] = 7;
                break;
            case "learner null":
                root["learner"] = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown problem.");
        }

        return root.ToJsonString();
    }
}
