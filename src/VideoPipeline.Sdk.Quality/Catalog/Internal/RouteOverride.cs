using System.Globalization;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// Applies one <see cref="RouteOptions"/> to the route with its id: the fields set replace the route's, or define a new route
/// when the catalog has none with that id. Every bad value is reported with its configuration key, in the form
/// "<c>VideoPipeline:Quality:Routes:&lt;id&gt;:&lt;Field&gt; is &lt;value&gt;; it must be &lt;range&gt;.</c>".
/// </summary>
internal static class RouteOverride
{
    private const string NewRouteNeeds = "a new route needs Provider, Model, Kind, Tier and CapturedOn.";

    private const int MaxSeconds = 86_400;

    /// <summary>Returns the changed or new route, or <see langword="null"/> after adding at least one failure.</summary>
    public static GenerationRoute? Apply(string id, GenerationRoute? existing, RouteOptions options, string key, List<string> failures)
    {
        var failuresBefore = failures.Count;
        CheckValues(options, key, failures);
        if (existing is null)
        {
            CheckPresent(options.Provider, key, nameof(options.Provider), failures);
            CheckPresent(options.Model, key, nameof(options.Model), failures);
            CheckPresent(options.Kind, key, nameof(options.Kind), failures);
            CheckPresent(options.Tier, key, nameof(options.Tier), failures);
            CheckPresent(options.CapturedOn, key, nameof(options.CapturedOn), failures);
        }

        if (options.Price is { Amount: null } && existing?.Price is null)
        {
            failures.Add($"{key}:{nameof(options.Price)}:{nameof(RoutePriceOptions.Amount)} is missing; a route without a price needs one.");
        }

        if (failures.Count > failuresBefore)
        {
            return null;
        }

        var route = existing ?? new GenerationRoute
        {
            Id = id,
            Provider = options.Provider!,
            Model = options.Model!,
            Kind = options.Kind!.Value,
            Tier = options.Tier!.Value,
            CapturedOn = options.CapturedOn!.Value,
        };
        var kind = options.Kind ?? route.Kind;
        route = route with
        {
            Provider = options.Provider ?? route.Provider,
            Model = options.Model ?? route.Model,
            Kind = kind,
            Tier = options.Tier ?? route.Tier,
            Quality = options.Quality ?? route.Quality,
            Resolutions = options.Resolutions is { } resolutions ? [.. resolutions] : route.Resolutions,
            FramesPerSecond = options.FramesPerSecond is { } rates ? [.. rates] : route.FramesPerSecond,
            ClipDurations = options.ClipSeconds is { } lengths ? [.. lengths.Select(ToTime)] : route.ClipDurations,
            SupportsAudio = options.Audio ?? route.SupportsAudio,
            Price = options.Price is { } price ? Merge(route.Price, price, kind) : route.Price,
            TypicalLatency = options.TypicalLatencySeconds is { } latency ? ToTime(latency) : route.TypicalLatency,
            CapturedOn = options.CapturedOn ?? route.CapturedOn,
            DeprecatedOn = options.DeprecatedOn ?? route.DeprecatedOn,
            RemovedOn = options.RemovedOn ?? route.RemovedOn,
            Source = options.Source ?? route.Source,
            IsExample = options.Example ?? route.IsExample,
        };
        if (RouteRules.FindViolation(route) is { } violation)
        {
            failures.Add($"{key}:{ToOptionsKey(violation.Field)} is not valid: {violation.Message}");
            return null;
        }

        return route;
    }

    private static void CheckValues(RouteOptions options, string key, List<string> failures)
    {
        Check(failures, options.Provider is null || !string.IsNullOrWhiteSpace(options.Provider), key, nameof(options.Provider), "empty", "a provider name");
        Check(failures, options.Model is null || !string.IsNullOrWhiteSpace(options.Model), key, nameof(options.Model), "empty", "a model name");
        Check(failures, options.Kind is not { } kind || Enum.IsDefined(kind), key, nameof(options.Kind), options.Kind, "Text, Image, Video, Speech or Music");
        Check(failures, options.Tier is not { } tier || Enum.IsDefined(tier), key, nameof(options.Tier), options.Tier, "Lite, Standard, Pro or Flagship");
        Check(failures, options.Quality is not { } quality || quality is >= 0 and <= 1, key, nameof(options.Quality), options.Quality, "between 0 and 1");
        CheckEach(failures, options.Resolutions, key, nameof(options.Resolutions), height => height > 0, "a positive number of pixels");
        CheckEach(failures, options.FramesPerSecond, key, nameof(options.FramesPerSecond), rate => double.IsFinite(rate) && rate > 0, "greater than 0");
        CheckEach(failures, options.ClipSeconds, key, nameof(options.ClipSeconds), seconds => seconds is > 0 and <= MaxSeconds && ToTime(seconds) > TimeSpan.Zero, $"greater than 0 and at most {MaxSeconds}");
        Check(failures, options.TypicalLatencySeconds is not { } latency || latency is >= 0 and <= MaxSeconds, key, nameof(options.TypicalLatencySeconds), options.TypicalLatencySeconds, $"between 0 and {MaxSeconds}");
        Check(failures, options.Source is not { } source || (source.IsAbsoluteUri && (source.Scheme == Uri.UriSchemeHttps || source.Scheme == Uri.UriSchemeHttp)), key, nameof(options.Source), options.Source, "an absolute http or https address");
        if (options.Price is not { } price)
        {
            return;
        }

        var priceKey = $"{key}:{nameof(options.Price)}";
        Check(failures, price.Unit is not { } unit || Enum.IsDefined(unit), priceKey, nameof(price.Unit), price.Unit, "Second, Image, ThousandCharacters, Track or ThousandTokens");
        Check(failures, price.Amount is not < 0, priceKey, nameof(price.Amount), price.Amount, "a price that is not negative");
        Check(failures, price.AudioSurcharge is not < 0, priceKey, nameof(price.AudioSurcharge), price.AudioSurcharge, "a price that is not negative");
        foreach (var (height, amount) in price.ResolutionAmounts ?? new Dictionary<int, decimal>())
        {
            var amountKey = string.Create(CultureInfo.InvariantCulture, $"{nameof(price.ResolutionAmounts)}:{height}");
            Check(failures, height > 0, priceKey, amountKey, amount, "keyed by a positive number of pixels");
            Check(failures, amount >= 0, priceKey, amountKey, amount, "a price that is not negative");
        }
    }

    private static RoutePrice Merge(RoutePrice? current, RoutePriceOptions options, MediaKind kind)
    {
        var resolutionAmounts = new Dictionary<int, Money>(current?.ResolutionAmounts ?? new Dictionary<int, Money>());
        foreach (var (height, amountAtHeight) in options.ResolutionAmounts ?? new Dictionary<int, decimal>())
        {
            resolutionAmounts[height] = new Money(amountAtHeight);
        }

        return new RoutePrice
        {
            Unit = options.Unit ?? current?.Unit ?? RouteRules.ExpectedUnit(kind),
            Amount = options.Amount is { } amount ? new Money(amount) : current!.Amount,
            ResolutionAmounts = resolutionAmounts,
            AudioSurcharge = options.AudioSurcharge is { } surcharge ? new Money(surcharge) : current?.AudioSurcharge ?? Money.Zero,
        };
    }

    private static TimeSpan ToTime(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>Turns a field's JSON path below its route (<c>price.unit</c>) into its configuration key (<c>Price:Unit</c>).</summary>
    private static string ToOptionsKey(string field) =>
        string.Join(':', field.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static void CheckPresent<T>(T? value, string key, string name, List<string> failures)
    {
        if (value is null)
        {
            failures.Add($"{key}:{name} is missing; {NewRouteNeeds}");
        }
    }

    private static void CheckEach<T>(List<string> failures, IList<T>? values, string key, string name, Func<T, bool> isValid, string range)
    {
        for (var index = 0; values is not null && index < values.Count; index++)
        {
            Check(failures, isValid(values[index]), key, string.Create(CultureInfo.InvariantCulture, $"{name}:{index}"), values[index], range);
        }
    }

    private static void Check(List<string> failures, bool valid, string key, string name, object? value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:{name} is {value}; it must be {range}."));
        }
    }
}
