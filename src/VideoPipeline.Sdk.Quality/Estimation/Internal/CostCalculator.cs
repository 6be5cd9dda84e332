using VideoPipeline.Sdk.Quality.Catalog.Internal;

namespace VideoPipeline.Sdk.Quality.Estimation.Internal;

/// <summary>Prices a plan, step by step, with each route's <see cref="RoutePrice"/>; exact decimals, nothing rounded.</summary>
internal static class CostCalculator
{
    public static CostEstimate Calculate(ProductionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lines = new CostLine[plan.Steps.Count];
        var unknown = new List<string>();
        var byKind = new Dictionary<MediaKind, Money>();
        var expected = Money.Zero;
        DateOnly? capturedOn = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var step = plan.Steps[index];
            var route = step.Route;
            var price = route.Price;
            var unit = price?.Unit ?? RouteRules.ExpectedUnit(route.Kind);
            var units = RoutePrice.GetQuantity(step.TotalUsage, unit);
            var line = new CostLine(step, unit, units, price?.GetUnitPrice(step.Resolution, step.WithAudio));
            lines[index] = line;
            if (line.Cost is { } cost)
            {
                expected += cost;
                byKind[step.Kind] = byKind.GetValueOrDefault(step.Kind) + cost;
            }
            else
            {
                byKind.TryAdd(step.Kind, Money.Zero);
                if (!unknown.Contains(route.Id))
                {
                    unknown.Add(route.Id);
                }
            }

            if (capturedOn is null || route.CapturedOn < capturedOn)
            {
                capturedOn = route.CapturedOn;
            }
        }

        var reserve = expected * (decimal)plan.Profile.RetryReserve;
        return new CostEstimate(plan, lines, unknown, byKind, expected, reserve, capturedOn);
    }
}
