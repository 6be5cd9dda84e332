namespace VideoPipeline.Sdk.Quality;

/// <summary>The cost of one <see cref="PlanStep"/> in a <see cref="CostEstimate"/>: what its route bills for all its calls.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class CostLine
{
    internal CostLine(PlanStep step, PriceUnit unit, decimal unitsBilled, Money? unitPrice)
    {
        StepName = step.Name;
        SceneIndex = step.SceneIndex;
        Kind = step.Kind;
        RouteId = step.Route.Id;
        Calls = step.Calls;
        Unit = unit;
        UnitsBilled = unitsBilled;
        UnitPrice = unitPrice;
        Cost = unitPrice * unitsBilled;
    }

    /// <summary>Gets the name of the step, such as <c>scene 2 clips</c> (see <see cref="PlanStep.Name"/>).</summary>
    public string StepName { get; }

    /// <summary>Gets the index (from 0) of the step's scene, or <see langword="null"/> for the music.</summary>
    public int? SceneIndex { get; }

    /// <summary>Gets the kind of media the step generates.</summary>
    public MediaKind Kind { get; }

    /// <summary>Gets the id of the step's route.</summary>
    public string RouteId { get; }

    /// <summary>Gets the number of calls.</summary>
    public int Calls { get; }

    /// <summary>Gets the unit the route bills: its price's unit, or for a route without a price the unit routes of its kind
    /// are priced in.</summary>
    public PriceUnit Unit { get; }

    /// <summary>Gets how many <see cref="Unit"/>s all calls together are billed: seconds of video, images, thousands of
    /// characters or tracks.</summary>
    public decimal UnitsBilled { get; }

    /// <summary>Gets the price of one unit at the step's resolution, with the audio surcharge when the step generates audio;
    /// <see langword="null"/> when the route's price is unknown.</summary>
    public Money? UnitPrice { get; }

    /// <summary>Gets <see cref="UnitPrice"/> × <see cref="UnitsBilled"/>, exact; <see langword="null"/> when the route's price
    /// is unknown.</summary>
    public Money? Cost { get; }

    /// <summary>Returns the line in one line of text, for logs and test output.</summary>
    /// <returns>For example <c>scene 2 clips: 4 calls to example-video-pro, 32 Second × $0.05 = $1.60</c>.</returns>
    public override string ToString() =>
        $"{StepName}: {Calls} calls to {RouteId}, {UnitsBilled} {Unit} × {UnitPrice?.ToString() ?? "unknown price"} = {Cost?.ToString() ?? "unknown"}";
}
